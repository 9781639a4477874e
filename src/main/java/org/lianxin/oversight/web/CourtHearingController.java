package org.lianxin.oversight.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.oversight.internal.CaseKind;
import org.lianxin.oversight.internal.CourtHearing;
import org.lianxin.oversight.internal.CourtHearings;
import org.lianxin.oversight.internal.CourtQueries;
import org.lianxin.oversight.internal.EvaluationItem;
import org.lianxin.oversight.internal.NewHearing;
import org.lianxin.oversight.internal.OversightHistory;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.SeatState;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
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
 * Court-hearing observation (旁听庭审): the year's hearings with the attendances per court,
 * and one hearing through its three steps.
 */
@Controller
@RequestMapping("/court-observations")
@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_VIEW + "')")
class CourtHearingController {

	private static final int PAGE_SIZE = 50;

	private final CourtHearings hearings;

	private final CourtQueries queries;

	private final OversightHistory history;

	private final AgencyManagement agencies;

	private final DeputyList deputies;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	CourtHearingController(CourtHearings hearings, CourtQueries queries, OversightHistory history,
			AgencyManagement agencies, DeputyList deputies, WorkdayCalendar calendar, SmallForms forms) {
		this.hearings = hearings;
		this.queries = queries;
		this.history = history;
		this.agencies = agencies;
		this.deputies = deputies;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = this.calendar.today();
		int shown = (year != null && year > 1999 && year < 2200) ? year : today.getYear();
		model.addAttribute("year", shown);
		PageOf<CourtQueries.HearingRow> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.queries.hearings(user, shown, offset, limit));
		model.addAttribute("hearings", shownPage.rows());
		model.addAttribute("page", shownPage);
		model.addAttribute("counts", this.queries.countsOf(user, shown));
		model.addAttribute("today", today);
		if (user.can(OversightPermissions.HEARING_EDIT)) {
			model.addAttribute("courts",
					this.agencies
						.list(user, new AgencyQuery(null, false, "", AgencyKind.COURT, true, 0, AgencyQuery.MAX_SIZE))
						.items());
			model.addAttribute("caseKinds", CaseKind.values());
		}
		return "oversight/hearings";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String schedule(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long courtId,
			@RequestParam(defaultValue = "") String caseTitle, @RequestParam(required = false) CaseKind caseKind,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "") String place,
			@RequestParam(required = false) Integer seats, @RequestParam(defaultValue = "") String briefing,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.hearings.schedule(user,
					new NewHearing(courtId, caseTitle, caseKind, heldOn, place, seats, briefing));
			this.forms.notice(redirect, "court.saved");
			return "redirect:/court-observations/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt("hearing", redirect, ex, locale);
			return "redirect:/court-observations#hearing-form";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("hearing",
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("court hearing " + id)));
		model.addAttribute("history", this.history.ofHearing(id));
		model.addAttribute("items", EvaluationItem.values());
		model.addAttribute("today", this.calendar.today());
		if (user.can(OversightPermissions.HEARING_EDIT)) {
			model.addAttribute("deputies", this.deputies.serving(user));
		}
		return "oversight/hearing";
	}

	@PostMapping("/{id}/sign-ups")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long deputyId, RedirectAttributes redirect, Locale locale) {
		try {
			SeatState state = this.hearings.signUp(user, id, deputyId);
			this.forms.notice(redirect, "court.sign-up." + state.name().toLowerCase(Locale.ROOT));
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/court-observations/" + id;
	}

	@PostMapping("/{id}/withdrawals")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long deputyId,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.hearings.withdraw(user, id, deputyId), "court.withdrawn",
				"/court-observations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/attendance")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> deputyIds, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.hearings.held(user, id, (deputyIds != null) ? deputyIds : List.of()),
				"court.held", "/court-observations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/evaluations")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long deputyId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		Map<EvaluationItem, CourtHearing.Rating> ratings = new EnumMap<>(EvaluationItem.class);
		for (EvaluationItem item : EvaluationItem.values()) {
			String rating = form.get("rating_" + item);
			if (rating != null && rating.matches("[1-5]")) {
				ratings.put(item, new CourtHearing.Rating(Integer.valueOf(rating), form.get("comment_" + item)));
			}
		}
		return this.forms.run(() -> this.hearings.evaluate(user, id, (deputyId != null) ? deputyId : -1, ratings),
				"court.evaluated", "/court-observations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/discussion")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	String discuss(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String discussion, @RequestParam(defaultValue = "") String opinions,
			@RequestParam(required = false) LocalDate replyBy, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.hearings.discuss(user, id, discussion, List.of(opinions.split("\\R")), replyBy),
				"court.discussed", "/court-observations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/opinions/{number}/reply")
	@PreAuthorize("hasAnyAuthority('" + OversightPermissions.HEARING_EDIT + "', '" + OversightPermissions.HEARING_REPLY
			+ "')")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "") String reply, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.hearings.reply(user, id, number, reply), "court.replied",
				"/court-observations/" + id, redirect, locale);
	}

}
