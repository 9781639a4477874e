package org.lianxin.suggestion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.suggestion.internal.AgencyLeague;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionStatistics;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures of a congress (or region) and period on a page where every number opens its
 * suggestions, and the agencies' league table as a page and as xlsx.
 */
@Controller
@RequestMapping("/suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionFiguresController {

	private static final SheetForm LEAGUE = new SheetForm("承办单位办理情况",
			List.of("承办单位", "主办件数", "协办件数", "主办办结", "按期办结", "按期办结率%", "已评价", "办理工作满意率%", "办理结果满意率%"), 100000);

	private final SuggestionStatistics statistics;

	private final AgencyLeague league;

	private final MessageSource messages;

	SuggestionFiguresController(SuggestionStatistics statistics, AgencyLeague league, MessageSource messages) {
		this.statistics = statistics;
		this.league = league;
		this.messages = messages;
	}

	@GetMapping("/stats")
	String stats(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long congress, @RequestParam(required = false) Integer session,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Model model) {
		SuggestionFilter filter = SuggestionFilter.of(region, congress, session, agency, from, to);
		model.addAttribute("report", this.statistics.report(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("figures", SuggestionFigure.values());
		return "suggestion/stats";
	}

	@GetMapping("/agencies")
	String agencies(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long congress, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Model model) {
		SuggestionFilter filter = SuggestionFilter.of(region, congress, null, null, from, to);
		model.addAttribute("lines",
				this.league.table(user, filter).stream().map(line -> LeagueRow.of(line, filter)).toList());
		model.addAttribute("filter", filter);
		return "suggestion/agencies";
	}

	@GetMapping("/agencies.xlsx")
	ResponseEntity<byte[]> agenciesXlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long congress,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Locale locale) {
		List<List<String>> rows = this.league.table(user, SuggestionFilter.of(region, congress, null, null, from, to))
			.stream()
			.map(line -> List.of(line.name(), String.valueOf(line.led()), String.valueOf(line.coHandled()),
					String.valueOf(line.closed()), String.valueOf(line.closedOnTime()), text(line.onTimeRate()),
					String.valueOf(line.rated()), text(line.handlingSatisfaction()), text(line.resultSatisfaction())))
			.toList();
		return XlsxDownloads.attachment("承办单位办理情况.xlsx", LEAGUE.export(rows));
	}

	private static String text(java.math.BigDecimal percent) {
		return (percent != null) ? percent.toPlainString() : "";
	}

}
