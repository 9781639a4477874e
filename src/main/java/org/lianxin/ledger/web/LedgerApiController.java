package org.lianxin.ledger.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.LedgerQueries;
import org.lianxin.ledger.internal.LedgerQueries.AppointmentRow;
import org.lianxin.ledger.internal.LedgerQueries.ArticleRow;
import org.lianxin.ledger.internal.LedgerQueries.MeetingRow;
import org.lianxin.ledger.internal.LedgerQueries.RequestRow;
import org.lianxin.ledger.internal.MeetingKind;
import org.lianxin.ledger.internal.YearCount;
import org.lianxin.platform.web.Paging;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work ledger for staff systems and the year-end report: the year's counts of a
 * region's office, each with its definition and the list it counts, and those lists. A
 * region outside the caller's scope answers 404.
 */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Work ledger")
@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
class LedgerApiController {

	private static final int APPOINTMENTS_PAGE = 100;

	private final LedgerBook book;

	private final LedgerQueries queries;

	private final WorkdayCalendar calendar;

	private final MessageSource messages;

	LedgerApiController(LedgerBook book, LedgerQueries queries, WorkdayCalendar calendar, MessageSource messages) {
		this.book = book;
		this.queries = queries;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** One count: its value, what it counts, and where its rows are listed. */
	record Count(YearCount kind, String label, long value, String definition, String list) {
	}

	record Year(String region, String regionName, int year, List<Count> counts) {
	}

	private LedgerPage page(CurrentUser user, String region, Integer year) {
		return LedgerPage.of(user, region, year, this.book, this.calendar.today());
	}

	@Operation(summary = "The year's counts of a region's office (default: the caller's own region, this year)",
			description = "Each count carries its definition and the page listing exactly the rows it counts.")
	@GetMapping
	Year counts(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Locale locale) {
		LedgerPage page = page(user, region, year);
		return new Year(page.region().code(), page.region().name(), page.year(), this.queries
			.counts(page.region().code(), page.year())
			.stream()
			.map(c -> new Count(c.kind(), this.messages.getMessage("ledger.count." + c.kind(), null, locale), c.value(),
					this.messages.getMessage("ledger.count." + c.kind() + ".definition", null, locale), c.listPath()))
			.toList());
	}

	@Operation(summary = "The year's meetings, of one kind or all; withReports lists those that heard reports")
	@GetMapping("/meetings")
	List<MeetingRow> meetings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(defaultValue = "false") boolean withReports) {
		LedgerPage page = page(user, region, year);
		return this.queries.meetings(page.region().code(), page.year(), kind, withReports);
	}

	@Operation(summary = "The year's appointments and removals (任免), one row per person, " + APPOINTMENTS_PAGE
			+ " a page (page from 0)")
	@GetMapping("/appointments")
	List<AppointmentRow> appointments(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(name = "page", defaultValue = "0") int number) {
		LedgerPage page = page(user, region, year);
		return this.queries.appointments(page.region().code(), page.year(), Paging.offset(number, APPOINTMENTS_PAGE),
				APPOINTMENTS_PAGE);
	}

	@Operation(summary = "The year's requests and reports to the Party committee, with answers")
	@GetMapping("/requests")
	List<RequestRow> requests(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		LedgerPage page = page(user, region, year);
		return this.queries.requests(page.region().code(), page.year());
	}

	@Operation(summary = "The year's articles and where they were carried")
	@GetMapping("/articles")
	List<ArticleRow> articles(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		LedgerPage page = page(user, region, year);
		return this.queries.articles(page.region().code(), page.year());
	}

}
