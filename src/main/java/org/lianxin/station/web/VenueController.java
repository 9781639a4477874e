package org.lianxin.station.web;

import java.util.List;

import jakarta.validation.Valid;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.platform.publiccode.QrCodes;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.station.Rota;
import org.lianxin.station.internal.ReceptionLedger;
import org.lianxin.station.internal.StationActivities;
import org.lianxin.station.StationActivityKind;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.StationedRole;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.internal.VenueStandards;
import org.lianxin.station.VenueView;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Venues (代表之家、联络站): their list, their page, and their creation and editing. Who is
 * stationed there, the rota, the standards check and the photo have controllers of their
 * own.
 */
@Controller
@RequestMapping("/venues")
class VenueController {

	private final VenueRegistry venues;

	private final RegionManagement regions;

	private final DeputyList deputies;

	private final Rota rota;

	private final WorkdayCalendar calendar;

	private final VenueStandards standards;

	private final ReceptionLedger receptions;

	private final StationActivities activities;

	private final SmallForms forms;

	VenueController(VenueRegistry venues, RegionManagement regions, DeputyList deputies, Rota rota,
			WorkdayCalendar calendar, VenueStandards standards, ReceptionLedger receptions,
			StationActivities activities, SmallForms forms) {
		this.standards = standards;
		this.activities = activities;
		this.receptions = receptions;
		this.venues = venues;
		this.regions = regions;
		this.deputies = deputies;
		this.rota = rota;
		this.calendar = calendar;
		this.forms = forms;
	}

	@ModelAttribute("kinds")
	VenueKind[] kinds() {
		return VenueKind.values();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) VenueKind kind, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("venues", this.venues.list(user, region, kind, q));
		model.addAttribute("regions", regionsInScope(user));
		model.addAttribute("region", region);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		return "station/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		VenueForm form = new VenueForm();
		form.setRegionCode(user.regionCode());
		form.setKind(VenueKind.LIAISON_STATION);
		return form(user, form, null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	Object create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") VenueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(user, form, result, null, model, redirect);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		VenueView venue = this.venues.get(user, id);
		model.addAttribute("venue", venue);
		model.addAttribute("stationed", this.venues.stationed(id));
		model.addAttribute("duty", this.rota.upcoming(venue, 5));
		model.addAttribute("checklist", this.standards.checklist(user, id));
		model.addAttribute("noticeLimit", this.calendar.today().plusDays(Rota.PUBLIC_NOTICE_DAYS));
		String code = this.venues.codeOf(id);
		model.addAttribute("publicCode", code);
		model.addAttribute("publicUrl", this.venues.publicUrl(code));
		model.addAttribute("roles", StationedRole.values());
		model.addAttribute("sessions", this.receptions.sessions(user, id));
		model.addAttribute("cameToday", this.receptions.attendance(id, this.calendar.today()));
		model.addAttribute("activities", this.activities.activities(user, id));
		model.addAttribute("activityKinds", StationActivityKind.values());
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("candidates", this.deputies.serving(user));
		return "station/show";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return form(user, VenueForm.of(this.venues.get(user, id)), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	Object update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") VenueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.venues.get(user, id);
		return save(user, form, result, id, model, redirect);
	}

	@GetMapping(value = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.venues.get(user, id);
		return ResponseEntity.ok(QrCodes.png(this.venues.publicUrl(this.venues.codeOf(id)), 480));
	}

	private Object save(CurrentUser user, VenueForm form, BindingResult result, Long id, Model model,
			RedirectAttributes redirect) {
		if (form.coordinatesIncomplete()) {
			result.rejectValue("longitude", "venue.coordinates.pair");
		}
		String missingDay = form.receptionDayMissing();
		if (missingDay != null && !result.hasFieldErrors(missingDay)) {
			result.rejectValue(missingDay, "venue.reception.day-required");
		}
		if (!result.hasErrors()) {
			try {
				long saved;
				if (id == null) {
					saved = this.venues.create(user, form.input());
				}
				else {
					this.venues.update(user, id, form.input());
					saved = id;
				}
				this.forms.notice(redirect, "venue.saved");
				return "redirect:/venues/" + saved;
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, id, model), model);
	}

	private String form(CurrentUser user, VenueForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("venueId", id);
		model.addAttribute("regions", regionsInScope(user));
		model.addAttribute("parents", this.venues.list(user, null, VenueKind.DEPUTY_HOME, ""));
		model.addAttribute("receptionKinds", org.lianxin.station.ReceptionRule.Kind.values());
		model.addAttribute("receptionMonths", org.lianxin.station.ReceptionRule.Months.values());
		model.addAttribute("holidayRules", org.lianxin.station.ReceptionRule.HolidayRule.values());
		return "station/form";
	}

	private List<Region> regionsInScope(CurrentUser user) {
		return this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList();
	}

}
