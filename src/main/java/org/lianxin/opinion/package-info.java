/**
 * Citizens' opinions (民情民意) and their closed loop: intake from the public form, Open311
 * and staff; triage, assignment, handling, reply, feedback and follow-up visit as a state
 * machine with an append-only history; working-day clocks with reminders and supervision;
 * the citizen's tracking page; the figures a region reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opinions")
package org.lianxin.opinion;
