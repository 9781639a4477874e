package org.lianxin.ledger.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.ReportsHeard;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year's special work reports heard, each linked to its deliberation opinions (kept
 * by the oversight module) or to drafting one.
 */
@Controller
@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
class ReportsHeardController {

	private final LedgerBook book;

	private final ReportsHeard reports;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	ReportsHeardController(LedgerBook book, ReportsHeard reports, RegionManagement regions, WorkdayCalendar calendar) {
		this.book = book;
		this.reports = reports;
		this.regions = regions;
		this.calendar = calendar;
	}

	@GetMapping("/ledger/reports")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		LedgerPage page = LedgerPage.of(user, region, year, this.book, this.calendar.today())
			.addTo(model, user, this.regions, user.can(LedgerPermissions.EDIT));
		model.addAttribute("reports", this.reports.of(page.region().code(), page.year()));
		return "ledger/reports";
	}

}
