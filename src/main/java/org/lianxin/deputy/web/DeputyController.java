package org.lianxin.deputy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.Seat;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/deputies")
class DeputyController {

	static final int PAGE_SIZE = 50;

	private final DeputyRegistry deputies;

	private final DeputyList list;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final DeputyCodes codes;

	private final SmallForms forms;

	DeputyController(DeputyRegistry deputies, DeputyList list, RegionManagement regions, WorkdayCalendar calendar,
			DeputyCodes codes, SmallForms forms) {
		this.deputies = deputies;
		this.list = list;
		this.regions = regions;
		this.calendar = calendar;
		this.codes = codes;
		this.forms = forms;
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) RegionLevel level, @RequestParam(required = false) Boolean serving,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String group,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result",
				this.list.list(user, new DeputyQuery(region, level, serving, q, group, page, PAGE_SIZE)));
		model.addAttribute("regions", regionsInScope(user));
		model.addAttribute("levels", List.of(RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN));
		model.addAttribute("region", region);
		model.addAttribute("level", level);
		model.addAttribute("serving", serving);
		model.addAttribute("q", q);
		model.addAttribute("group", group);
		model.addAttribute("page", Math.max(page, 0));
		return "deputy/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(user, new DeputyForm(), null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	Object register(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DeputyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getCongressId() == null) {
			result.rejectValue("congressId", "deputy.congress.required");
		}
		if (form.getStartedOn() == null && !result.hasFieldErrors("startedOn")) {
			result.rejectValue("startedOn", "deputy.seat.started-required");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.deputies.register(user, form.profile(), form.seat());
				this.forms.notice(redirect, "deputy.saved");
				return "redirect:/deputies/" + id;
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, null, model), model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("deputy", this.deputies.get(user, id));
		String code = this.codes.codeOf(user, id);
		model.addAttribute("publicCode", code);
		model.addAttribute("publicUrl", this.codes.publicUrl(code));
		model.addAttribute("congresses", this.deputies.congressesFor(user));
		model.addAttribute("today", this.calendar.today());
		return "deputy/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return form(user, DeputyForm.of(this.deputies.get(user, id)), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	Object update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") DeputyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.deputies.get(user, id);
		if (!result.hasErrors()) {
			try {
				this.deputies.update(user, id, form.profile());
				this.forms.notice(redirect, "deputy.saved");
				return "redirect:/deputies/" + id;
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, id, model), model);
	}

	@PostMapping("/{id}/seats")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String addSeat(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long congressId, @RequestParam(defaultValue = "") String electoralDistrict,
			@RequestParam(defaultValue = "") String groupName,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			RedirectAttributes redirect, Locale locale) {
		this.deputies.get(user, id);
		try {
			if (congressId == null || startedOn == null || electoralDistrict.length() > 64 || groupName.length() > 64) {
				throw new RuleViolationException(null, "deputy.seat.incomplete");
			}
			this.deputies.addSeat(user, id, new Seat(congressId, electoralDistrict, groupName, startedOn));
			this.forms.notice(redirect, "deputy.seat.added");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/deputies/" + id;
	}

	@PostMapping("/{id}/seats/{seatId}/end")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String endSeat(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long seatId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		try {
			if (endedOn == null || reason.isBlank() || reason.length() > 200) {
				throw new RuleViolationException(null, "deputy.seat.end-incomplete");
			}
			this.deputies.endSeat(user, id, seatId, endedOn, reason, this.calendar.today());
			this.forms.notice(redirect, "deputy.seat.ended");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/deputies/" + id;
	}

	private String form(CurrentUser user, DeputyForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("deputyId", id);
		model.addAttribute("congresses", this.deputies.congressesFor(user));
		return "deputy/form";
	}

	private List<Region> regionsInScope(CurrentUser user) {
		return this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList();
	}

}
