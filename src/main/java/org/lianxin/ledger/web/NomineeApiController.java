package org.lianxin.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.NomineeRecords;
import org.lianxin.ledger.internal.NomineeRecords.NomineeRecord;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A nominee's record across terms for staff systems: every appointment and removal of the
 * person of that name by the region's standing committee, each in its term. A region
 * outside the caller's scope, or a name it never decided on, answers 404; no name, 409
 * with the reason.
 */
@RestController
@Tag(name = "Work ledger")
@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
class NomineeApiController {

	private final LedgerBook book;

	private final NomineeRecords records;

	private final WorkdayCalendar calendar;

	NomineeApiController(LedgerBook book, NomineeRecords records, WorkdayCalendar calendar) {
		this.book = book;
		this.records = records;
		this.calendar = calendar;
	}

	@Operation(summary = "A nominee's appointments and removals across terms (default region: the caller's own)")
	@GetMapping("/api/v1/ledger/nominees")
	NomineeRecord record(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String name) {
		LedgerPage page = LedgerPage.of(user, region, null, this.book, this.calendar.today());
		return this.records.of(page.region().code(), name).orElseThrow(() -> new NotFoundException("nominee " + name));
	}

}
