/**
 * Oversight (监督) that follows through: inspections, research and law-enforcement
 * inspections with the people who took part and the places visited, and the issue lists
 * (问题清单) they leave, each item rectified by its unit, checked by a reviewer before it is
 * closed (销号), and visited again later (回头看). Issue items' deadlines are watched by the
 * supervision module (subject {@code ISSUE_ITEM}); an activity's deputies each get one
 * duty record through {@link org.lianxin.oversight.OversightActivityHeld}.
 * <p>
 * Published views, for the platform's history check only (each row's chain, place and
 * hashes, no content): {@code oversight_activity_history_chain_view} and
 * {@code oversight_issue_item_history_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.lianxin.oversight;
