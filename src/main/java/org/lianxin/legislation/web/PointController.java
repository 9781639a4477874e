package org.lianxin.legislation.web;

import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.legislation.internal.InformantField;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.legislation.internal.LegislativePoints;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.platform.web.Paging;
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

/** The legislative points of the scope and each point's roster of informants. */
@Controller
@RequestMapping("/legislation/points")
@PreAuthorize("hasAuthority('" + LegislationPermissions.INFORMANT_VIEW + "')")
class PointController {

	private static final int PAGE_SIZE = 50;

	/** The deputies a search offers to choose from, at most. */
	private static final int DEPUTY_CHOICES = 20;

	private final LegislativePoints points;

	private final Rosters rosters;

	private final SmallForms forms;

	private final WorkdayCalendar calendar;

	private final DeputyList deputies;

	PointController(LegislativePoints points, Rosters rosters, SmallForms forms, WorkdayCalendar calendar,
			DeputyList deputies) {
		this.deputies = deputies;
		this.calendar = calendar;
		this.points = points;
		this.rosters = rosters;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		var rows = this.points.inScope(user);
		model.addAttribute("points", rows);
		model.addAttribute("informants", rows.stream().mapToLong(LegislativePoints.PointRow::informants).sum());
		return "legislation/points";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "") String deputy, Model model) {
		model.addAttribute("point", this.points.get(user, id));
		int shownYear = (year != null) ? year : this.calendar.today().getYear();
		model.addAttribute("year", shownYear);
		model.addAttribute("roster",
				this.rosters.of(user, id, shownYear, Paging.offset(page, PAGE_SIZE), PAGE_SIZE + 1));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("counts", this.rosters.countsByField(id));
		model.addAttribute("fields", InformantField.values());
		// the serving deputies a clerk searched for by name, not all of them (10,500 at
		// 1m)
		model.addAttribute("deputyQuery", deputy);
		model.addAttribute("deputyLimit", DEPUTY_CHOICES);
		if (user.can(LegislationPermissions.INFORMANT_EDIT) && !deputy.isBlank()) {
			model.addAttribute("deputies",
					this.deputies.list(user, new DeputyQuery(null, null, true, deputy, "", 0, DEPUTY_CHOICES)).rows());
		}
		return "legislation/point";
	}

	@PostMapping("/{id}/informants")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.INFORMANT_EDIT + "')")
	String enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String field,
			@RequestParam(defaultValue = "") String workplace, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(required = false) LocalDate consentedOn, @RequestParam(required = false) Long deputyId,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				ConcurrentChanges.explained(() -> this.rosters.enrol(user, id,
						new NewInformant(name, field, workplace, phone, consent, consentedOn, deputyId))),
				"informant.enrolled", "/legislation/points/" + id, redirect, locale);
	}

	@PostMapping("/{id}/informants/{informantId}/leave")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.INFORMANT_EDIT + "')")
	String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long informantId,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.rosters.leave(user, id, informantId)),
				"informant.left", "/legislation/points/" + id, redirect, locale);
	}

}
