package org.lianxin.project.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.ProjectRatings;
import org.lianxin.project.internal.Projects;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year-end rating of a year's projects, started from the projects' page (the deputies
 * vote on the survey's page) and kept on each project once closed; also through the API.
 */
@Controller
@Tag(name = "Projects")
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class ProjectRatingController {

	private final ProjectRatings ratings;

	private final Projects projects;

	private final SmallForms forms;

	private final Clock clock;

	ProjectRatingController(ProjectRatings ratings, Projects projects, SmallForms forms, Clock clock) {
		this.ratings = ratings;
		this.projects = projects;
		this.forms = forms;
		this.clock = clock;
	}

	/** The rating of a congress's projects of a year, and its voting time. */
	record RatingRequest(Long congressId, Integer year, OffsetDateTime opensAt, OffsetDateTime closesAt) {
	}

	/** Which rating to keep. */
	record RatingKey(Long congressId, Integer year) {
	}

	@PostMapping("/projects/rating")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String start(@AuthenticationPrincipal CurrentUser user, @RequestParam long congressId, @RequestParam int year,
			@RequestParam(required = false) LocalDateTime opensAt,
			@RequestParam(required = false) LocalDateTime closesAt, RedirectAttributes redirect, Locale locale) {
		try {
			long survey = this.ratings.start(user, congressId, year, at(opensAt), at(closesAt));
			this.forms.notice(redirect, "project.rating.set-up");
			return "redirect:/surveys/" + survey;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/projects";
		}
	}

	@PostMapping("/projects/rating/keep")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String keep(@AuthenticationPrincipal CurrentUser user, @RequestParam long congressId, @RequestParam int year,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.ratings.keep(user, congressId, year), "project.rating.kept-now",
				"/projects?year=" + year, redirect, locale);
	}

	@Operation(summary = "Start the year-end rating (满意/基本满意/不满意) of a congress's projects of a year",
			description = "Answers the draft survey's id; open and close it as any survey, then keep the results. "
					+ "A year without chosen projects or one rated already answers 409 and writes nothing.")
	@PostMapping("/api/v1/projects/ratings")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	@ResponseBody
	ResponseEntity<Long> startByApi(@AuthenticationPrincipal CurrentUser user, @RequestBody RatingRequest body) {
		return ResponseEntity.status(201)
			.body(this.ratings.start(user, orNone(body.congressId()), orNone(body.year()), body.opensAt(),
					body.closesAt()));
	}

	@Operation(summary = "Keep the closed rating's counts on each project it rated (once)")
	@PostMapping("/api/v1/projects/ratings/keep")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	@ResponseBody
	ResponseEntity<Void> keepByApi(@AuthenticationPrincipal CurrentUser user, @RequestBody RatingKey body) {
		this.ratings.keep(user, orNone(body.congressId()), orNone(body.year()));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A project's year-end rating, once kept")
	@GetMapping("/api/v1/projects/{id}/rating")
	@ResponseBody
	ProjectRatings.Rating rating(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.ratings.of(this.projects.get(user, id).id())
			.orElseThrow(() -> new NotFoundException("rating of project " + id));
	}

	private OffsetDateTime at(LocalDateTime time) {
		return (time != null) ? time.atZone(this.clock.getZone()).toOffsetDateTime() : null;
	}

	private static int orNone(Integer value) {
		return (value != null) ? value : -1;
	}

	private static long orNone(Long value) {
		return (value != null) ? value : -1;
	}

}
