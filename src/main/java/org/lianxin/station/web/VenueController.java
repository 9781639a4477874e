package org.lianxin.station.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.platform.publiccode.QrCodes;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.station.Rota;
import org.lianxin.station.ReceptionLedger;
import org.lianxin.station.StationActivities;
import org.lianxin.station.StationActivityKind;
import org.lianxin.station.StationPermissions;
import org.lianxin.station.StationedRole;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenuePhotos;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.VenueStandards;
import org.lianxin.station.VenueView;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/venues")
class VenueController {

	private final VenueRegistry venues;

	private final RegionManagement regions;

	private final DeputyList deputies;

	private final Rota rota;

	private final WorkdayCalendar calendar;

	private final VenueStandards standards;

	private final VenuePhotos photos;

	private final ReceptionLedger receptions;

	private final StationActivities activities;

	private final SmallForms forms;

	VenueController(VenueRegistry venues, RegionManagement regions, DeputyList deputies, Rota rota,
			WorkdayCalendar calendar, VenueStandards standards, VenuePhotos photos, ReceptionLedger receptions,
			StationActivities activities, SmallForms forms) {
		this.standards = standards;
		this.activities = activities;
		this.photos = photos;
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

	@PostMapping("/{id}/deputies")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String station(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long deputyId, @RequestParam(defaultValue = "MEMBER") StationedRole role,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (deputyId == null) {
				throw new RuleViolationException("deputyId", "venue.deputy.outside-scope");
			}
			this.venues.station(user, id, deputyId, role);
			this.forms.notice(redirect, "venue.deputy.stationed");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/deputies/{deputyId}/remove")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String unstation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long deputyId,
			RedirectAttributes redirect) {
		this.venues.unstation(user, id, deputyId);
		this.forms.notice(redirect, "venue.deputy.removed");
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/rota")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Long deputyId, RedirectAttributes redirect, Locale locale) {
		try {
			if (day == null || deputyId == null) {
				throw new RuleViolationException("day", "rota.incomplete");
			}
			Rota.Assignment assignment = this.rota.assign(user, id, day, deputyId);
			this.forms.notice(redirect, "rota.assigned");
			if (assignment.doubleBooked()) {
				this.forms.warning(redirect, "rota.double-booked", locale, String.join("、", assignment.elsewhere()));
			}
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/standards")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String checkStandards(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "met", required = false) List<Long> met, @RequestParam Map<String, String> parameters,
			RedirectAttributes redirect) {
		Map<Long, String> notes = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.matches("note_\\d{1,9}")) {
				notes.put(Long.valueOf(name.substring(5)), value);
			}
		});
		this.standards.check(user, id, (met != null) ? Set.copyOf(met) : Set.of(), notes);
		this.forms.notice(redirect, "standard.checked");
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/rota/remove")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam long deputyId,
			RedirectAttributes redirect) {
		this.rota.unassign(user, id, day, deputyId);
		this.forms.notice(redirect, "rota.removed");
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/photo")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String uploadPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect,
			Locale locale) throws java.io.IOException {
		try {
			this.photos.setPhoto(user, id, UploadedFiles.bytesOf(photo, "photo", "image.too-large"));
			this.forms.notice(redirect, "deputy.photo.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@GetMapping(value = "/{id}/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.venues.get(user, id);
		return this.photos.photo(id)
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new org.lianxin.platform.web.NotFoundException("photo of venue " + id));
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
