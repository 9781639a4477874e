package org.lianxin.statistics.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.statistics.internal.ReportFigure;
import org.lianxin.statistics.internal.ReportView;
import org.lianxin.statistics.internal.StatisticsPermissions;
import org.lianxin.statistics.internal.YearReports;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The year-end work report for other systems: its text with the figures in place. */
@RestController
@Tag(name = "Statistics")
@PreAuthorize("hasAuthority('" + StatisticsPermissions.VIEW + "')")
class YearReportApiController {

	private final YearReports reports;

	private final MessageSource messages;

	YearReportApiController(YearReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	/**
	 * A figure of the text: as written, what it counts, and where its records are listed.
	 *
	 * @param denominator for a rate; {@code null} for a count
	 * @param definition for a rate, the definition that tells it from the others
	 */
	record FigureItem(String key, String name, String shown, long count, Long denominator, String definition,
			String records) {
	}

	/** A figure published with one value that the records now count otherwise. */
	record ChangeItem(String key, String published, String now) {
	}

	record ReportResponse(String region, String regionName, int year, String status, Instant publishedAt, String title,
			List<String> paragraphs, List<FigureItem> figures, List<ChangeItem> changedSincePublished) {
	}

	@Operation(summary = "The year-end work report (年度工作报告) of a division or the city, with the figures in place",
			description = "Every figure is counted from the records of the modules that own them and comes with the "
					+ "path of the list it counts; each rate carries its definition (答复率, 办结率, 解决率 and 满意率 "
					+ "differ). A published report answers with the figures as published, and lists under "
					+ "changedSincePublished those the records now count otherwise. A region outside the caller's scope, "
					+ "a year out of range, or a year with no records at all answer 409 with the reason.")
	@GetMapping("/api/v1/statistics/report")
	ReportResponse report(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "region code of a city or county; the caller's own by default") @RequestParam(
					required = false) String region,
			@Parameter(description = "the year; this year by default") @RequestParam(required = false) Integer year,
			Locale locale) {
		ReportView view = this.reports.view(user, region, year);
		if (view.empty()) {
			throw new RuleViolationException("year", "statistics.report.empty", view.region().name(), view.year());
		}
		List<FigureItem> figures = view.paragraphs()
			.stream()
			.flatMap(p -> p.pieces().stream())
			.map(ReportView.Piece::figure)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(f -> item(f, locale))
			.toList();
		List<ChangeItem> changed = view.changed()
			.stream()
			.map(c -> new ChangeItem(c.now().key(), c.published().shown(), c.now().shown()))
			.toList();
		return new ReportResponse(view.region().code(), view.region().name(), view.year(), view.status().name(),
				view.publishedAt(), view.title(), view.body().stream().map(ReportView.Paragraph::text).toList(),
				figures, changed);
	}

	private FigureItem item(ReportFigure figure, Locale locale) {
		String definition = (figure.definitionKey() != null)
				? this.messages.getMessage(figure.definitionKey(), null, locale) : null;
		return new FigureItem(figure.key(), this.messages.getMessage(figure.nameKey(), null, figure.key(), locale),
				figure.shown(), figure.count(), figure.denominator(), definition, figure.listPath());
	}

}
