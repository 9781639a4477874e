package org.lianxin.project.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.Paging;
import org.lianxin.project.NewProject;
import org.lianxin.project.internal.CandidateSources;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.ProjectReports;
import org.lianxin.project.internal.Projects;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Livelihood projects for apps: the list with category and progress, proposing,
 * reporting.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class ProjectApiController {

	private static final int PAGE_SIZE = 100;

	private final Projects projects;

	private final ProjectReports reports;

	private final CandidateSources sources;

	ProjectApiController(Projects projects, ProjectReports reports, CandidateSources sources) {
		this.projects = projects;
		this.reports = reports;
		this.sources = sources;
	}

	@Operation(summary = "Projects of the caller's scope (a region and below, a year), with category, "
			+ "progress (percent, from measured quantities) and derived status; " + PAGE_SIZE + " a page (page from 0)")
	@GetMapping
	List<Projects.Row> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page) {
		return this.projects.page(user, region, year, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Operation(summary = "Propose a candidate project for a congress and year, naming the opinions (by case number) "
			+ "and the congress's suggestions (第1次会议第12号 or 1-12) it was collected from; an unknown number, or "
			+ "one outside the caller's scope, refuses the whole proposal")
	@PostMapping
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	ResponseEntity<Long> propose(@AuthenticationPrincipal CurrentUser user, @RequestBody NewProject body) {
		return ResponseEntity.status(201).body(this.projects.propose(user, body));
	}

	@Operation(summary = "The opinions and suggestions a project was collected from: number, title, state, path")
	@GetMapping("/{id}/sources")
	CandidateSources.Linked sources(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.sources.of(user, this.projects.get(user, id));
	}

	@Operation(summary = "The lead agency's monthly report: quantities (one per target), money, note")
	@PostMapping("/{id}/reports")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	ResponseEntity<Void> report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ProjectReports.MonthlyReport body) {
		this.reports.submit(user, id, body);
		return ResponseEntity.noContent().build();
	}

}
