package org.lianxin.ledger.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.Appointment;
import org.lianxin.ledger.internal.Article;
import org.lianxin.ledger.internal.ArticleLevel;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.LedgerQueries;
import org.lianxin.ledger.internal.Meeting;
import org.lianxin.ledger.internal.MeetingKind;
import org.lianxin.ledger.internal.PartyRequest;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work ledger's pages: the year's counts, each opening its list, and the lists per
 * region and year with their entry forms.
 */
@Controller
@RequestMapping("/ledger")
@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
class LedgerController {

	private static final int PAGE_SIZE = 50;

	private final LedgerBook book;

	private final LedgerQueries queries;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	LedgerController(LedgerBook book, LedgerQueries queries, RegionManagement regions, WorkdayCalendar calendar,
			SmallForms forms) {
		this.book = book;
		this.queries = queries;
		this.regions = regions;
		this.calendar = calendar;
		this.forms = forms;
	}

	private LedgerPage page(CurrentUser user, String region, Integer year, Model model) {
		return LedgerPage.of(user, region, year, this.book, this.calendar.today())
			.addTo(model, user, this.regions, user.can(LedgerPermissions.EDIT));
	}

	@GetMapping
	String counts(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		LedgerPage page = page(user, region, year, model);
		model.addAttribute("counts", this.queries.counts(page.region().code(), page.year()));
		return "ledger/counts";
	}

	@GetMapping("/meetings")
	String meetings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(defaultValue = "false") boolean withReports, Model model) {
		LedgerPage page = page(user, region, year, model);
		model.addAttribute("meetings", this.queries.meetings(page.region().code(), page.year(), kind, withReports));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("today", this.calendar.today());
		return "ledger/meetings";
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String recordMeeting(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(required = false) Integer termNumber, @RequestParam(required = false) Integer sessionNumber,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "") String agenda,
			@RequestParam(required = false) Integer attendance, @RequestParam(defaultValue = "") String reports,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.book.record(user,
						new Meeting.NewMeeting(kind, termNumber, sessionNumber, heldOn, agenda, attendance,
								List.of(reports.split("\\R")))),
				"ledger.saved", "/ledger/meetings#meeting-form", redirect, locale);
	}

	@GetMapping("/appointments")
	String appointments(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(name = "page", defaultValue = "0") int number,
			Model model) {
		LedgerPage page = page(user, region, year, model);
		PageOf<LedgerQueries.AppointmentRow> shown = PageOf.read(number, PAGE_SIZE,
				(offset, limit) -> this.queries.appointments(page.region().code(), page.year(), offset, limit));
		model.addAttribute("appointments", shown.rows());
		model.addAttribute("page", shown);
		model.addAttribute("today", this.calendar.today());
		return "ledger/appointments";
	}

	@PostMapping("/appointments")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String recordAppointment(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Appointment.Action action,
			@RequestParam(defaultValue = "") String personName, @RequestParam(defaultValue = "") String positionTitle,
			@RequestParam(required = false) LocalDate decidedOn, @RequestParam(required = false) Integer membersPresent,
			@RequestParam(required = false) Integer votesFor, @RequestParam(required = false) Integer votesAgainst,
			@RequestParam(required = false) Integer abstentions,
			@RequestParam(defaultValue = "false") boolean statementMade,
			@RequestParam(defaultValue = "false") boolean oathTaken, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.book.record(user,
						new Appointment.NewAppointment(action, personName, positionTitle, decidedOn, membersPresent,
								votesFor, votesAgainst, abstentions, statementMade, oathTaken)),
				"ledger.saved", "/ledger/appointments#appointment-form", redirect, locale);
	}

	@GetMapping("/requests")
	String requests(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		LedgerPage page = page(user, region, year, model);
		model.addAttribute("requests", this.queries.requests(page.region().code(), page.year()));
		model.addAttribute("today", this.calendar.today());
		return "ledger/requests";
	}

	@PostMapping("/requests")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String sendRequest(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) PartyRequest.Kind kind, @RequestParam(defaultValue = "") String subject,
			@RequestParam(required = false) LocalDate sentOn, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.book.send(user, kind, subject, sentOn), "ledger.saved",
				"/ledger/requests#request-form", redirect, locale);
	}

	@PostMapping("/requests/{id}/answer")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String answer, @RequestParam(required = false) LocalDate answeredOn,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.book.answer(user, id, answer, answeredOn), "ledger.saved", "/ledger/requests",
				redirect, locale);
	}

	@GetMapping("/articles")
	String articles(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		LedgerPage page = page(user, region, year, model);
		model.addAttribute("articles", this.queries.articles(page.region().code(), page.year()));
		model.addAttribute("levels", ArticleLevel.values());
		model.addAttribute("today", this.calendar.today());
		return "ledger/articles";
	}

	@PostMapping("/articles")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String recordArticle(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String outlet, @RequestParam(required = false) ArticleLevel level,
			@RequestParam(required = false) LocalDate publishedOn, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String about, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.book.record(user, new Article.NewArticle(title, outlet, level, publishedOn, link, about)),
				"ledger.saved", "/ledger/articles#article-form", redirect, locale);
	}

}
