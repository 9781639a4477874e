package org.lianxin.opinion.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.OpinionStatistics;
import org.lianxin.opinion.internal.Rate;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The figures of a region and period, on a page where every number opens its cases, and
 * in JSON with each rate's definition.
 */
@Controller
@Tag(name = "Opinions")
@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
class OpinionStatisticsController {

	private final OpinionStatistics statistics;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final MessageSource messages;

	OpinionStatisticsController(OpinionStatistics statistics, RegionManagement regions, WorkdayCalendar calendar,
			MessageSource messages) {
		this.statistics = statistics;
		this.regions = regions;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/opinions/stats")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		LocalDate start = (from != null) ? from : this.calendar.today().withDayOfYear(1);
		LocalDate end = (to != null) ? to : this.calendar.today();
		model.addAttribute("report", this.statistics.report(user, region, start, end));
		model.addAttribute("figures", Figure.values());
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		model.addAttribute("region", region);
		return "opinion/stats";
	}

	/** A rate in JSON, with the words that define it. */
	record RateItem(Rate rate, String name, String definition, long numerator, long denominator,
			java.math.BigDecimal percent) {
	}

	/** The figures and rates in JSON. */
	record StatsResponse(String region, LocalDate from, LocalDate to, java.util.Map<Figure, Long> figures,
			List<RateItem> rates) {
	}

	@Operation(summary = "Figures and rates of a region (and below) for a period, within the caller's scope",
			description = "Cases count in the period by the day they were collected. Each figure's cases are listed by "
					+ "GET /api/v1/opinions?figure=<FIGURE>&region=&from=&to=; each rate carries its definition.")
	@GetMapping("/api/v1/opinions/stats")
	@ResponseBody
	StatsResponse api(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			java.util.Locale locale) {
		OpinionStatistics.Report report = this.statistics.report(user, region, from, to);
		List<RateItem> rates = report.rates()
			.stream()
			.map(r -> new RateItem(r.rate(), this.messages.getMessage("rate." + r.rate(), null, locale),
					this.messages.getMessage("rate." + r.rate() + ".definition", null, locale), r.numerator(),
					r.denominator(), r.percent()))
			.toList();
		return new StatsResponse(region, from, to, report.figures(), rates);
	}

}
