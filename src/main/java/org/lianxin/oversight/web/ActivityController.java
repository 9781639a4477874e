package org.lianxin.oversight.web;

import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.IssueItemQueries;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.OversightHistory;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.OversightQueries;
import org.lianxin.oversight.internal.SiteKind;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's oversight activities: the year's list, the plan, the places visited, the
 * issue list, the report.
 */
@Controller
@RequestMapping("/oversight")
@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
class ActivityController {

	private static final int PAGE_SIZE = 50;

	private final OversightActivities activities;

	private final OversightQueries queries;

	private final IssueItemQueries items;

	private final OversightHistory history;

	private final DeputyList deputies;

	private final AgencyManagement agencies;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	ActivityController(OversightActivities activities, OversightQueries queries, IssueItemQueries items,
			OversightHistory history, DeputyList deputies, AgencyManagement agencies, WorkdayCalendar calendar,
			SmallForms forms) {
		this.activities = activities;
		this.queries = queries;
		this.items = items;
		this.history = history;
		this.deputies = deputies;
		this.agencies = agencies;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean held,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = (year != null && year > 1999 && year < 2200) ? year : this.calendar.today().getYear();
		model.addAttribute("year", shown);
		String shownRegion = (region != null && region.matches("\\d{1,12}")) ? region : null;
		PageOf<OversightQueries.ActivityRow> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.queries.activities(user, shown, shownRegion, held, offset, limit));
		model.addAttribute("page", shownPage);
		model.addAttribute("activities", shownPage.rows());
		return "oversight/activities";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		formChoices(user, model);
		model.addAttribute("today", this.calendar.today());
		return "oversight/activity-form";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String plan(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ActivityForm form,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.activities.plan(user, form.toActivity());
			this.forms.notice(redirect, "oversight.activity.saved");
			return "redirect:/oversight/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/oversight/new";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		LocalDate today = this.calendar.today();
		OversightQueries.ActivityDetail activity = this.queries.detail(user, id)
			.orElseThrow(() -> new NotFoundException("oversight activity " + id));
		model.addAttribute("activity", activity);
		if (user.can(OversightPermissions.ACTIVITY_EDIT)) {
			model.addAttribute("agencies",
					this.agencies
						.list(user,
								new AgencyQuery(activity.row().regionCode(), false, "", null, true, 0,
										AgencyQuery.MAX_SIZE))
						.items());
		}
		model.addAttribute("items",
				this.items.items(user, new IssueItemQueries.ItemFilter(null, id, false), today, 0, 500));
		model.addAttribute("history", this.history.ofActivity(id));
		model.addAttribute("siteKinds", SiteKind.values());
		model.addAttribute("today", today);
		return "oversight/activity";
	}

	@PostMapping("/{id}/visits")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate visitedOn, @RequestParam(defaultValue = "") String place,
			@RequestParam(required = false) SiteKind siteKind,
			@RequestParam(defaultValue = "false") boolean unannounced, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.activities.visit(user, id, new NewVisit(visitedOn, place, siteKind, unannounced, notes)),
				"oversight.visit.saved", "/oversight/" + id + "#visits", redirect, locale);
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String report, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.activities.complete(user, id, report), "oversight.activity.completed-now",
				"/oversight/" + id, redirect, locale);
	}

	private void formChoices(CurrentUser user, Model model) {
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("methods", InspectionMethod.values());
		model.addAttribute("deputies", this.deputies.serving(user));
		model.addAttribute("organiser", user.displayName());
	}

}
