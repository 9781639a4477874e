package org.lianxin.survey.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.Agency;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.internal.Attendance;
import org.lianxin.survey.internal.Rectifications;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.SurveyScale;
import org.lianxin.survey.internal.Surveys;

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

/** The office's surveys: the list, setting one up, and one survey with its results. */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasAuthority('" + SurveyPermissions.VIEW + "')")
class SurveyController {

	private final Surveys surveys;

	private final Rectifications rectifications;

	private final Attendance attendance;

	private final RegionManagement regions;

	private final DeputyGroups groups;

	private final AgencyManagement agencies;

	private final SmallForms forms;

	private final Clock clock;

	SurveyController(Surveys surveys, Rectifications rectifications, Attendance attendance, RegionManagement regions,
			DeputyGroups groups, AgencyManagement agencies, SmallForms forms, Clock clock) {
		this.attendance = attendance;
		this.surveys = surveys;
		this.rectifications = rectifications;
		this.regions = regions;
		this.groups = groups;
		this.agencies = agencies;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region, Model model) {
		model.addAttribute("surveys", this.surveys.list(user, region));
		model.addAttribute("region", region);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		if (user.can(SurveyPermissions.EDIT)) {
			model.addAttribute("congresses",
					this.regions.all()
						.stream()
						.filter(r -> user.scope().coversRegion(r.code(), r.path()))
						.flatMap(r -> this.regions.congressesOf(r.code()).stream())
						.toList());
			model.addAttribute("groups", this.groups.list(user));
			model.addAttribute("scales", SurveyScale.values());
			model.addAttribute("electorates", Electorate.values());
			LocalDateTime now = LocalDateTime.now(this.clock).withSecond(0).withNano(0);
			model.addAttribute("defaultOpens", now);
			model.addAttribute("defaultCloses", now.plusDays(7));
			model.addAttribute("thisYear", now.getYear());
		}
		return "survey/list";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute SurveyForm form,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.surveys.create(user, form.toSurvey(this.clock.getZone(),
					code -> this.agencies.findByCode(code).map(Agency::id).orElse(null)));
			this.forms.notice(redirect, "survey.created");
			return "redirect:/surveys/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/surveys";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("survey", this.surveys.get(user, id));
		model.addAttribute("results", this.surveys.results(user, id));
		model.addAttribute("series", this.surveys.series(user, id));
		model.addAttribute("unresolved", this.surveys.unresolvedPaper(user, id));
		model.addAttribute("agreedPaper", this.surveys.agreedPaper(user, id));
		model.addAttribute("reports", this.rectifications.of(id));
		if (user.can(SurveyPermissions.PAPER)) {
			model.addAttribute("electorate", this.surveys.members(user, id));
			model.addAttribute("congress", this.attendance.congress(user, id));
		}
		model.addAttribute("present", this.attendance.present(user, id));
		model.addAttribute("zone", this.clock.getZone());
		return "survey/show";
	}

	@PostMapping("/{id}/open")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(() -> this.surveys.open(user, id), "survey.opened", "/surveys/" + id, redirect, locale);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(() -> this.surveys.close(user, id), "survey.closed", "/surveys/" + id, redirect, locale);
	}

	@PostMapping("/{id}/rectifications")
	@PreAuthorize("hasAnyAuthority('" + SurveyPermissions.EDIT + "', '" + SurveyPermissions.RECTIFY + "')")
	String rectify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int position,
			@RequestParam(defaultValue = "") String report, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.rectifications.submit(user, id, position, report),
				"survey.rectification.saved", "/surveys/" + id, redirect, locale);
	}

	@PostMapping("/{id}/revote")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	String revote(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDateTime opensAt,
			@RequestParam(required = false) LocalDateTime closesAt, RedirectAttributes redirect, Locale locale) {
		try {
			long again = this.rectifications.revote(user, id,
					(opensAt != null) ? opensAt.atZone(this.clock.getZone()).toOffsetDateTime() : null,
					(closesAt != null) ? closesAt.atZone(this.clock.getZone()).toOffsetDateTime() : null);
			this.forms.notice(redirect, "survey.created");
			return "redirect:/surveys/" + again;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/surveys/" + id;
		}
	}

}
