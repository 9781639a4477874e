/**
 * The office's figures: the year-end work report (年度工作报告) of a division or the city,
 * written by the office around figures that are counted from the records and open them,
 * published as a frozen snapshot and exported as .docx and PDF; and the dashboard (驾驶舱)
 * of a division or the city, with its wall screen (大屏), every chart element opening the
 * records it counts.
 * <p>
 * It owns no business records: every figure comes from the owning module's API —
 * {@link org.lianxin.ledger.LedgerYearFigures},
 * {@link org.lianxin.opinion.OpinionYearFigures},
 * {@link org.lianxin.suggestion.SuggestionYearFigures},
 * {@link org.lianxin.station.StationYearFigures} and
 * {@link org.lianxin.legislation.LegislationYearFigures}, and for the dashboard
 * {@link org.lianxin.opinion.OpinionDashboardFigures} (from the opinions' rollup),
 * {@link org.lianxin.project.ProjectYearFigures} and
 * {@link org.lianxin.oversight.OversightYearFigures} — as
 * {@link org.lianxin.platform.statistics.CountedFigure}s with the list each counts.
 * <p>
 * Published view, for the platform's history check only (each snapshot's place in its
 * chain and hashes, no content): {@code statistics_report_snapshot_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.lianxin.statistics;
