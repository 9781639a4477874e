/**
 * Oversight (监督) that follows through: inspections, research and law-enforcement
 * inspections with the people who took part and the places visited, and the issue lists
 * (问题清单) they leave, each item rectified by its unit, checked by a reviewer before it is
 * closed (销号), and visited again later (回头看). Issue items' deadlines are watched by the
 * supervision module (subject {@code ISSUE_ITEM}); an activity's deputies each get one
 * duty record through {@link org.lianxin.oversight.OversightActivityHeld}. Court-hearing
 * observation (旁听庭审): hearings deputies sign up for within their seats, attend, evaluate
 * and discuss; each attendance is a duty record through
 * {@link org.lianxin.oversight.CourtObservationAttended}. Deliberation opinions (审议意见) on
 * a report heard or an activity, item by item with their units and deadlines, sent as a
 * letter, received, answered and rated; the receipt and unanswered items are watched
 * (subject {@code DELIBERATION}), as are the court's replies (subject
 * {@code COURT_REPLY}). The work ledger links its reports heard to their opinions through
 * {@link org.lianxin.oversight.DeliberationLinks}.
 * <p>
 * Published views, for the platform's history check only (each row's chain, place and
 * hashes, no content): {@code oversight_activity_history_chain_view},
 * {@code oversight_issue_item_history_chain_view},
 * {@code court_hearing_history_chain_view},
 * {@code deliberation_opinion_history_chain_view} and
 * {@code oversight_topic_history_chain_view} (topics followed for years).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.lianxin.oversight;
