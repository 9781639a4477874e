package org.lianxin.duty.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.Trainings;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
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
 * Training sessions (学习培训) of a period with their totals, and one session's attendance.
 */
@Controller
@RequestMapping("/duty/trainings")
@PreAuthorize("hasAuthority('" + DutyPermissions.TRAINING_VIEW + "')")
class TrainingController {

	private final Trainings trainings;

	private final DeputyList deputies;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	TrainingController(Trainings trainings, DeputyList deputies, RegionManagement regions, WorkdayCalendar calendar,
			SmallForms forms) {
		this.trainings = trainings;
		this.deputies = deputies;
		this.regions = regions;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		PeriodFilter filter = PeriodFilter.of(region, from, to, this.calendar.today());
		filter.addTo(model, user, this.regions);
		model.addAttribute("totals", this.trainings.totals(user, region, filter.from(), filter.to()));
		model.addAttribute("sessions", this.trainings.list(user, region, filter.from(), filter.to()));
		model.addAttribute("today", this.calendar.today());
		return "duty/trainings";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + DutyPermissions.TRAINING_EDIT + "')")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String organiser, @RequestParam(required = false) BigDecimal hours,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.trainings.create(user, new Trainings.NewSession(title, heldOn, place, organiser, hours));
			this.forms.notice(redirect, "training.saved");
			return "redirect:/duty/trainings/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/duty/trainings";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("training",
				this.trainings.find(user, id).orElseThrow(() -> new NotFoundException("training " + id)));
		List<Trainings.Attendee> attendees = this.trainings.attendees(user, id);
		model.addAttribute("attendees", attendees);
		model.addAttribute("attending", attendees.stream().map(Trainings.Attendee::deputyId).toList());
		model.addAttribute("today", this.calendar.today());
		if (user.can(DutyPermissions.TRAINING_EDIT)) {
			var serving = this.deputies.serving(user);
			model.addAttribute("deputies", serving);
			// those who came but hold no seat any more stay on the list, so that saving
			// again does not take them off
			var listed = serving.stream().map(DeputyRow::id).collect(Collectors.toSet());
			model.addAttribute("formerAttendees",
					attendees.stream().filter(a -> !listed.contains(a.deputyId())).toList());
		}
		return "duty/training";
	}

	@PostMapping("/{id}/attendance")
	@PreAuthorize("hasAuthority('" + DutyPermissions.TRAINING_EDIT + "')")
	String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> deputyIds, RedirectAttributes redirect, Locale locale) {
		try {
			this.trainings.recordAttendance(user, id, (deputyIds != null) ? deputyIds : List.of());
			this.forms.notice(redirect, "training.attendance.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/duty/trainings/" + id;
	}

}
