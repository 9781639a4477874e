/**
 * The standing committee's work ledger (工作台账): its meetings with the reports heard and
 * deliberated, appointments and removals (任免), requests and reports to the Party
 * committee (请示报告), and publicity; the year's counts as the work report writes them, each
 * opening the rows it counts. It reads the oversight module's activities through
 * {@link org.lianxin.oversight.OversightCounts}.
 * <p>
 * Published view: {@code ledger_meeting_report_view} — the reports each meeting heard,
 * with the meeting's region and day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work ledger")
package org.lianxin.ledger;
