/**
 * Citizens' opinions (民情民意) and their closed loop: intake from the public form, Open311
 * and staff; triage, assignment, handling, reply, feedback and follow-up visit as a state
 * machine with an append-only history; working-day clocks, watched by the supervision
 * module; the citizen's tracking page; the figures a region reports.
 * <p>
 * Published views other modules may read:
 * <ul>
 * <li>{@code opinion_intake_view}: where and through whom each case came in (region,
 * deputy, venue, recording account, channel, received and collected), for counting a
 * deputy's or a station's cases; never what the citizen wrote or who they are.</li>
 * <li>{@code opinion_history_chain_view}: each history step's case, place in its chain
 * and hashes, for the platform's history check; no content.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinions")
package org.lianxin.opinion;
