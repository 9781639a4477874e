package org.lianxin.oversight.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.DeputyFindings;
import org.lianxin.oversight.internal.FindingPermissions;
import org.lianxin.oversight.internal.NewIssueItem;
import org.lianxin.platform.files.UploadedFiles;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deputy's side of an inspection, made for a phone: the activities they take part in,
 * and on each a form to record what they found, with photos, for the unit responsible.
 */
@Controller
@RequestMapping("/oversight/mine")
@PreAuthorize("hasAuthority('" + FindingPermissions.RECORD + "')")
class DeputyFindingController {

	/** The deadline a deputy's form suggests, which the office may later move. */
	private static final int SUGGESTED_DAYS = 30;

	private final DeputyFindings findings;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	DeputyFindingController(DeputyFindings findings, WorkdayCalendar calendar, SmallForms forms) {
		this.findings = findings;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("activities", this.findings.mine(user));
		return "oversight/mine";
	}

	@GetMapping("/{id}")
	String activity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		DeputyFindings.MyActivity activity = this.findings.activity(user, id);
		model.addAttribute("activity", activity);
		model.addAttribute("units", this.findings.units(activity));
		model.addAttribute("findings", this.findings.findings(user, id));
		model.addAttribute("dueOn", this.calendar.today().plusDays(SUGGESTED_DAYS));
		return "oversight/mine-activity";
	}

	@PostMapping("/{id}/findings")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) Long agencyId,
			@RequestParam(defaultValue = "") String rectificationRequired,
			@RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) List<MultipartFile> photos,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			this.findings.record(user, id,
					new NewIssueItem(place, description, null, null, agencyId, rectificationRequired, dueOn, null),
					UploadedFiles.bytesOf(photos, "photos", "oversight.photos.too-large"));
			this.forms.notice(redirect, "oversight.finding.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/oversight/mine/" + id;
	}

}
