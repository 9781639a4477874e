package org.lianxin.statistics.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.statistics.internal.Dashboard;
import org.lianxin.statistics.internal.DashboardChart;
import org.lianxin.statistics.internal.Dashboards;
import org.lianxin.statistics.internal.StatisticsPermissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's charts for other systems and for the wall screen's refresh. */
@RestController
@Tag(name = "Statistics")
@PreAuthorize("hasAuthority('" + StatisticsPermissions.VIEW + "')")
class DashboardApiController {

	private final Dashboards dashboards;

	DashboardApiController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	record DashboardResponse(String region, String regionName, int year, List<DashboardChart> charts) {
	}

	@Operation(summary = "The dashboard (驾驶舱) of a division or the city for a year",
			description = "Charts in order: opinions per month (collected, closed, solved), per category, on-time "
					+ "and satisfaction rates per lead agency, stations' activity, suggestions by stage and by "
					+ "result class, projects' progress, oversight (court observations, inspections, issue items), "
					+ "legislative consultation, and for the city its divisions side by side. Each chart has its "
					+ "series names and rows; every cell carries value (a count, or a percent for a rate; null over "
					+ "nothing), shown (as written) and path (the list of the records it counts). Figures come from "
					+ "the modules' rollups and tallies. A region outside the caller's scope or a year out of "
					+ "range answer 409 with the reason.")
	@GetMapping("/api/v1/statistics/dashboard")
	DashboardResponse dashboard(@AuthenticationPrincipal CurrentUser user,
			@Parameter(description = "region code of a city or county; the caller's own by default") @RequestParam(
					required = false) String region,
			@Parameter(description = "the year; this year by default") @RequestParam(required = false) Integer year,
			Locale locale) {
		Dashboard dashboard = this.dashboards.of(user, region, year, locale);
		return new DashboardResponse(dashboard.region().code(), dashboard.region().name(), dashboard.year(),
				dashboard.charts());
	}

}
