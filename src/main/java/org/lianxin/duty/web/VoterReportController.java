package org.lianxin.duty.web;

import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.VoterReports;
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
 * Reports to voters (述职): the schedule and counts of a period, one report with its
 * meeting record.
 */
@Controller
@RequestMapping("/duty/voter-reports")
@PreAuthorize("hasAuthority('" + DutyPermissions.VOTER_REPORT_VIEW + "')")
class VoterReportController {

	private final VoterReports reports;

	private final DeputyList deputies;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	VoterReportController(VoterReports reports, DeputyList deputies, RegionManagement regions, WorkdayCalendar calendar,
			SmallForms forms) {
		this.reports = reports;
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
		model.addAttribute("counts", this.reports.counts(user, region, filter.from(), filter.to()));
		model.addAttribute("reports", this.reports.list(user, region, filter.from(), filter.to()));
		if (user.can(DutyPermissions.VOTER_REPORT_EDIT)) {
			model.addAttribute("deputies", this.deputies.serving(user));
			model.addAttribute("today", this.calendar.today());
		}
		return "duty/voter-reports";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + DutyPermissions.VOTER_REPORT_EDIT + "')")
	String schedule(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") long deputyId,
			@RequestParam(defaultValue = "") String electoralDistrict,
			@RequestParam(required = false) LocalDate scheduledOn, @RequestParam(defaultValue = "") String place,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.reports.schedule(user, deputyId, electoralDistrict, scheduledOn, place);
			this.forms.notice(redirect, "voter-report.scheduled");
			return "redirect:/duty/voter-reports/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/duty/voter-reports";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("report",
				this.reports.find(user, id).orElseThrow(() -> new NotFoundException("voter report " + id)));
		model.addAttribute("today", this.calendar.today());
		return "duty/voter-report";
	}

	@PostMapping("/{id}/reschedule")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VOTER_REPORT_EDIT + "')")
	String reschedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate scheduledOn, @RequestParam(defaultValue = "") String place,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.reports.reschedule(user, id, scheduledOn, place), "voter-report.rescheduled",
				"/duty/voter-reports/" + id, redirect, locale);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VOTER_REPORT_EDIT + "')")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.reports.cancel(user, id);
			this.forms.notice(redirect, "voter-report.cancelled");
			return "redirect:/duty/voter-reports";
		}
		catch (RuleViolationException ex) {
			// refused: back to the report, which still exists
			this.forms.problem(redirect, ex, locale);
			return "redirect:/duty/voter-reports/" + id;
		}
	}

	@PostMapping("/{id}/held")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VOTER_REPORT_EDIT + "')")
	String recordHeld(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "-1") int votersAttending,
			@RequestParam(defaultValue = "0") int satisfied, @RequestParam(defaultValue = "0") int basicallySatisfied,
			@RequestParam(defaultValue = "0") int unsatisfied, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.reports.recordHeld(user, id, new VoterReports.Meeting(heldOn, votersAttending, satisfied,
					basicallySatisfied, unsatisfied, notes));
			this.forms.notice(redirect, "voter-report.held.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/duty/voter-reports/" + id;
	}

}
