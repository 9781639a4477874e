package org.lianxin.statistics.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.statistics.internal.Dashboard;
import org.lianxin.statistics.internal.Dashboards;
import org.lianxin.statistics.internal.ReportScope;
import org.lianxin.statistics.internal.StatisticsPermissions;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (驾驶舱) of a division or the city: charts whose every bar opens its
 * records, each with its table; and the same charts large and dark for the office's wall
 * screen, which refresh themselves from the API.
 */
@Controller
@PreAuthorize("hasAuthority('" + StatisticsPermissions.VIEW + "')")
class DashboardController {

	private final Dashboards dashboards;

	private final ReportScope scope;

	private final MessageSource messages;

	private final JsonMapper json;

	DashboardController(Dashboards dashboards, ReportScope scope, MessageSource messages, JsonMapper json) {
		this.dashboards = dashboards;
		this.scope = scope;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/statistics/dashboard")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		model.addAttribute("regions", this.scope.regionsOf(user));
		fill(user, region, year, model, locale);
		return "statistics/dashboard";
	}

	@GetMapping("/statistics/dashboard/wall")
	String wall(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region, Model model,
			Locale locale) {
		fill(user, region, null, model, locale);
		return "statistics/wall";
	}

	private void fill(CurrentUser user, String region, Integer year, Model model, Locale locale) {
		model.addAttribute("askedRegion", region);
		model.addAttribute("askedYear", year);
		try {
			Dashboard dashboard = this.dashboards.of(user, region, year, locale);
			Map<String, String> charts = new LinkedHashMap<>();
			dashboard.charts().forEach(c -> charts.put(c.key(), this.json.writeValueAsString(c)));
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("chartJson", charts);
		}
		catch (RuleViolationException refused) {
			model.addAttribute("refusal", this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
	}

}
