package org.lianxin.duty.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.deputy.DeputyList;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecordTypes;
import org.lianxin.duty.internal.DutyRecordEntry;
import org.lianxin.duty.internal.DutyRecords;
import org.lianxin.duty.internal.NewDutyRecord;
import org.lianxin.duty.internal.RecordState;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.workday.WorkdayCalendar;

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
 * Duty records on pages: the form, and the office's list where records are verified or
 * returned. A deputy's own page is {@link MyDutiesController}'s.
 */
@Controller
@RequestMapping("/duty")
@PreAuthorize("hasAuthority('" + DutyPermissions.VIEW + "')")
class DutyController {

	private final DutyRecords records;

	private final DutyRecordEntry entry;

	private final DutyRecordTypes types;

	private final DeputyList deputies;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	DutyController(DutyRecords records, DutyRecordEntry entry, DutyRecordTypes types, DeputyList deputies,
			WorkdayCalendar calendar, SmallForms forms) {
		this.records = records;
		this.entry = entry;
		this.types = types;
		this.deputies = deputies;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping("/records")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RecordState state,
			Model model) {
		model.addAttribute("records", this.records.list(user, new DutyRecords.Filter(null, null, null, null, state)));
		model.addAttribute("state", state);
		model.addAttribute("states", RecordState.values());
		return "duty/records";
	}

	@GetMapping("/records/new")
	@PreAuthorize("hasAuthority('" + DutyPermissions.EDIT + "')")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		DutyForm form = new DutyForm();
		form.setOccurredOn(this.calendar.today());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("dutyForm", form);
		return page(user, model);
	}

	@PostMapping("/records")
	@PreAuthorize("hasAuthority('" + DutyPermissions.EDIT + "')")
	Object create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DutyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		if (result.hasErrors()) {
			return FormPages.rejected(page(user, model), model);
		}
		try {
			this.entry.create(user,
					new NewDutyRecord(form.getType(), form.getOccurredOn(), form.getPlace(), form.getTitle(),
							form.getDescription(), form.getDeputyIds(),
							UploadedFiles.bytesOf(form.getPhotos(), "photos", "duty.evidence.too-large"),
							formKey(form.getFormToken())));
			this.forms.notice(redirect, "duty.record.saved");
			return (user.scope().kind() == DataScopeKind.OWN_RECORDS) ? "redirect:/duty/mine"
					: "redirect:/duty/records";
		}
		catch (RuleViolationException ex) {
			FormPages.reject(result, ex);
			return FormPages.rejected(page(user, model), model);
		}
	}

	@PostMapping("/records/{id}/verify")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VERIFY + "')")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.records.verify(user, id);
			this.forms.notice(redirect, "duty.record.verified");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/duty/records?state=SUBMITTED";
	}

	@PostMapping("/records/{id}/return")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VERIFY + "')")
	String returnRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		try {
			this.records.returnRecord(user, id, reason);
			this.forms.notice(redirect, "duty.record.returned");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/duty/records?state=SUBMITTED";
	}

	/**
	 * The form's one-time token as the record's source; the page only ever sends UUIDs.
	 */
	private static String formKey(String token) {
		return (token != null && token.matches("[0-9a-fA-F-]{36}")) ? "form:" + token : null;
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("types", this.types.enabled());
		// a deputy enters their own; staff choose among the deputies they keep
		if (user.scope().kind() != DataScopeKind.OWN_RECORDS) {
			model.addAttribute("deputies", this.deputies.serving(user));
		}
		return "duty/form";
	}

}
