package org.lianxin.project.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.project.internal.MilestoneEvidence;
import org.lianxin.project.internal.Project;
import org.lianxin.project.internal.ProjectDubans;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.SiteVisits;
import org.lianxin.project.internal.SupervisionGroups;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's supervision (监督): its deputies' group, their site visits recorded on a
 * phone, the milestones' evidence photos, and the office's 督办 with the agency's answer.
 */
@Controller
@PreAuthorize("hasAnyAuthority('" + ProjectPermissions.VIEW + "', '" + ProjectPermissions.VISIT + "')")
class ProjectSupervisionController {

	private static final String TOO_LARGE = "project.photos.too-large";

	private final SupervisionGroups groups;

	private final SiteVisits visits;

	private final MilestoneEvidence evidence;

	private final ProjectDubans dubans;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	ProjectSupervisionController(SupervisionGroups groups, SiteVisits visits, MilestoneEvidence evidence,
			ProjectDubans dubans, WorkdayCalendar calendar, SmallForms forms) {
		this.groups = groups;
		this.visits = visits;
		this.evidence = evidence;
		this.dubans = dubans;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping("/projects/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("projects", this.groups.mine(user));
		return "project/mine";
	}

	@GetMapping("/projects/{id}/supervision")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Project project = this.dubans.visible(user, id);
		model.addAttribute("project", project);
		var members = this.groups.members(id);
		model.addAttribute("members", members);
		model.addAttribute("memberIds", members.stream().map(SupervisionGroups.Member::deputyId).toList());
		model.addAttribute("inGroup", this.groups.inGroup(user, id));
		model.addAttribute("visits", this.visits.of(id));
		model.addAttribute("dubans", this.dubans.of(id));
		model.addAttribute("photoCounts", this.evidence.counts(id));
		model.addAttribute("today", this.calendar.today());
		if (user.can(ProjectPermissions.EDIT)) {
			model.addAttribute("candidates", this.groups.candidates(project));
			model.addAttribute("agencies", this.dubans.agencies(project));
		}
		return "project/supervision";
	}

	@PostMapping("/projects/{id}/group")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> deputyIds, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.groups.assign(user, id, deputyIds), "project.group.saved",
				"/projects/" + id + "/supervision", redirect, locale);
	}

	@GetMapping("/projects/{id}/visits/new")
	String visitForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("project", this.dubans.visible(user, id));
		model.addAttribute("members", this.groups.members(id));
		model.addAttribute("me", this.groups.deputyOf(user).orElse(null));
		model.addAttribute("today", this.calendar.today());
		return "project/visit-form";
	}

	@PostMapping("/projects/{id}/visits")
	String visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SiteVisitForm form,
			@RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			this.visits.record(user, id, form.toVisit(), UploadedFiles.bytesOf(photos, "photos", TOO_LARGE));
			this.forms.notice(redirect, "project.visit.saved");
			return "redirect:/projects/" + id + "/supervision";
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/projects/" + id + "/visits/new";
		}
	}

	@GetMapping("/projects/visits/{visitId}/photos/{n}")
	ResponseEntity<byte[]> visitPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long visitId,
			@PathVariable int n) {
		return jpeg(this.visits.photo(user, visitId, n));
	}

	@PostMapping("/projects/{id}/milestones/{position}/evidence")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	String milestone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int position,
			@RequestParam(required = false) LocalDate doneOn,
			@RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes redirect, Locale locale)
			throws IOException {
		List<byte[]> uploads = UploadedFiles.bytesOf(photos, "photos", TOO_LARGE);
		return this.forms.run(() -> this.evidence.record(user, id, position, doneOn, uploads),
				"project.milestone.saved", "/projects/" + id + "/supervision", redirect, locale);
	}

	@GetMapping("/projects/{id}/milestones/{position}/photos/{n}")
	ResponseEntity<byte[]> milestonePhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int position, @PathVariable int n) {
		this.dubans.visible(user, id);
		return jpeg(this.evidence.photo(id, position, n));
	}

	@PostMapping("/projects/{id}/dubans")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) String demand,
			@RequestParam(required = false) LocalDate dueOn, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.dubans.issue(user, id, agencyId, demand, dueOn), "project.duban.issued",
				"/projects/" + id + "/supervision", redirect, locale);
	}

	@PostMapping("/projects/{id}/dubans/{dubanId}/answer")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long dubanId,
			@RequestParam(required = false) String answer, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.dubans.answer(user, dubanId, answer), "project.duban.answered-now",
				"/projects/" + id + "/supervision", redirect, locale);
	}

	static ResponseEntity<byte[]> jpeg(byte[] photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(photo);
	}

}
