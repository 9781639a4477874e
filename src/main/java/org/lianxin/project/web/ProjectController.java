package org.lianxin.project.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.project.internal.CandidateDrafts;
import org.lianxin.project.internal.CandidateSources;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.ProjectComments;
import org.lianxin.project.internal.ProjectParts;
import org.lianxin.project.internal.ProjectRatings;
import org.lianxin.project.internal.ProjectReports;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;

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

/**
 * The office's projects: candidates of a congress and year, the vote, and one project's
 * progress with the monthly report form.
 */
@Controller
@RequestMapping("/projects")
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class ProjectController {

	private static final int PAGE_SIZE = 50;

	private final Projects projects;

	private final ProjectVotes votes;

	private final ProjectReports reports;

	private final ProjectRatings ratings;

	private final ProjectComments comments;

	private final ProjectParts parts;

	private final CandidateSources sources;

	private final CandidateDrafts drafts;

	private final RegionManagement regions;

	private final SmallForms forms;

	private final Clock clock;

	ProjectController(Projects projects, ProjectVotes votes, ProjectReports reports, ProjectRatings ratings,
			ProjectComments comments, ProjectParts parts, CandidateSources sources, CandidateDrafts drafts,
			RegionManagement regions, SmallForms forms, Clock clock) {
		this.drafts = drafts;
		this.parts = parts;
		this.sources = sources;
		this.comments = comments;
		this.ratings = ratings;
		this.projects = projects;
		this.votes = votes;
		this.reports = reports;
		this.regions = regions;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
		PageOf<Projects.Row> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.projects.page(user, region, year, offset, limit));
		List<Projects.Row> listed = shownPage.rows();
		model.addAttribute("page", shownPage);
		model.addAttribute("projects", listed);
		model.addAttribute("commentCounts", this.comments.counts(listed.stream().map(Projects.Row::id).toList()));
		model.addAttribute("region", region);
		model.addAttribute("year", year);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		if (user.can(ProjectPermissions.EDIT)) {
			formChoices(user, model, CandidateDrafts.CandidateDraft.BLANK);
		}
		return "project/list";
	}

	/**
	 * The candidate form on its own, filled in from the case or the suggestion whose page
	 * proposed it (their button), so that saving it keeps the link.
	 */
	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long opinion,
			@RequestParam(required = false) Long suggestion, Model model) {
		formChoices(user, model, this.drafts.from(user, opinion, suggestion));
		return "project/new";
	}

	private void formChoices(CurrentUser user, Model model, CandidateDrafts.CandidateDraft draft) {
		model.addAttribute("congresses",
				this.regions.all()
					.stream()
					.filter(r -> user.scope().coversRegion(r.code(), r.path()))
					.flatMap(r -> this.regions.congressesOf(r.code()).stream())
					.toList());
		model.addAttribute("categories", this.projects.categories());
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		model.addAttribute("draft", draft);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String propose(@AuthenticationPrincipal CurrentUser user, @ModelAttribute CandidateForm form,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.projects.propose(user, form.toProject());
			this.forms.notice(redirect, "project.proposed");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.everyProblem(redirect, ex, locale);
			return "redirect:/projects";
		}
	}

	@PostMapping("/vote")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String startVote(@AuthenticationPrincipal CurrentUser user, @RequestParam long congressId, @RequestParam int year,
			@RequestParam(defaultValue = "0") int seats, @RequestParam(required = false) LocalDateTime opensAt,
			@RequestParam(required = false) LocalDateTime closesAt, RedirectAttributes redirect, Locale locale) {
		try {
			long survey = this.votes.start(user, congressId, year, seats, at(opensAt), at(closesAt));
			this.forms.notice(redirect, "project.vote.set-up");
			return "redirect:/surveys/" + survey;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/projects";
		}
	}

	@PostMapping("/count")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String count(@AuthenticationPrincipal CurrentUser user, @RequestParam long congressId, @RequestParam int year,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.votes.count(user, congressId, year), "project.vote.counted-now",
				"/projects?year=" + year, redirect, locale);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var project = this.projects.get(user, id);
		model.addAttribute("project", project);
		model.addAttribute("status", project.status(LocalDate.now(this.clock)));
		model.addAttribute("reports", this.reports.of(id));
		model.addAttribute("rating", this.ratings.of(id).orElse(null));
		var parts = this.parts.parts(id);
		model.addAttribute("parts", parts);
		model.addAttribute("progress", this.parts.progress(project));
		model.addAttribute("siblings", this.parts.siblings(project));
		model.addAttribute("partWeights", parts.stream()
			.collect(java.util.stream.Collectors.toMap(ProjectParts.PartView::id, ProjectParts.PartView::weight)));
		model.addAttribute("comments", this.comments.of(user, id));
		model.addAttribute("sources", this.sources.of(user, project));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("thisMonth", YearMonth.now(this.clock));
		return "project/show";
	}

	@PostMapping("/{id}/reports")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) YearMonth month,
			@RequestParam(name = "quantity", required = false) List<BigDecimal> quantities,
			@RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal committed,
			@RequestParam(required = false) BigDecimal spent, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				() -> this.reports
					.submit(user, id,
							new ProjectReports.MonthlyReport(month, (quantities != null) ? quantities : List.of(),
									reason, committed, spent, note)),
				"project.report.saved", "/projects/" + id, redirect, locale);
	}

	@PostMapping("/{id}/milestones")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	String milestone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int position,
			@RequestParam(required = false) LocalDate doneOn, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.projects.reach(user, id, position, doneOn, null), "project.milestone.saved",
				"/projects/" + id, redirect, locale);
	}

	private java.time.OffsetDateTime at(LocalDateTime time) {
		return (time != null) ? time.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

}
