package org.lianxin.duty.web;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;
import org.lianxin.region.RegionManagement;

import org.springframework.ui.Model;

/**
 * The region and period a page of counts is filtered by: this year up to today unless the
 * user picks others.
 */
record PeriodFilter(String region, LocalDate from, LocalDate to) {

	static PeriodFilter of(String region, LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = (to != null) ? to : today;
		return new PeriodFilter(region, (from != null) ? from : end.withDayOfYear(1), end);
	}

	/** The filter's values and the regions the user may pick. */
	void addTo(Model model, CurrentUser user, RegionManagement regions) {
		model.addAttribute("from", this.from);
		model.addAttribute("to", this.to);
		model.addAttribute("region", this.region);
		model.addAttribute("regions",
				regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
	}

}
