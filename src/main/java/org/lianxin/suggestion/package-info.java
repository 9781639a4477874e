/**
 * Deputies' suggestions (代表建议): filing on the deputy's phone with co-signers (附议),
 * registration (立案) with numbering per congress and session, assignment to a lead and
 * co-handling agencies, handling with contact before the reply, the reply's result class
 * and promised items, the office's review, the deputies' verdicts and re-handling, and
 * each promised item kept to its date — with the deadlines under supervision.
 * <p>
 * Published views other modules may read:
 * <ul>
 * <li>{@code suggestion_history_chain_view}: each history step's suggestion, place in its
 * chain and hashes, for the platform's history check; no content.</li>
 * <li>{@code suggestion_origin_view}: the suggestion each converted opinion case became
 * (opinion id, suggestion id, status), to link the case to it.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Suggestions")
package org.lianxin.suggestion;
