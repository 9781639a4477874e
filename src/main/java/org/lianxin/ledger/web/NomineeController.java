package org.lianxin.ledger.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.NomineeRecords;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A nominee's record across terms (任免履历), opened from a name on the appointments list or
 * looked up by name.
 */
@Controller
@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
class NomineeController {

	private final LedgerBook book;

	private final NomineeRecords records;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	NomineeController(LedgerBook book, NomineeRecords records, RegionManagement regions, WorkdayCalendar calendar) {
		this.book = book;
		this.records = records;
		this.regions = regions;
		this.calendar = calendar;
	}

	@GetMapping("/ledger/nominees")
	String record(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String name, Model model) {
		LedgerPage page = LedgerPage.of(user, region, null, this.book, this.calendar.today())
			.addTo(model, user, this.regions, false);
		model.addAttribute("name", name);
		if (name != null && !name.isBlank() && name.strip().length() <= 50) {
			model.addAttribute("record", this.records.of(page.region().code(), name).orElse(null));
			model.addAttribute("searched", true);
		}
		return "ledger/nominee";
	}

}
