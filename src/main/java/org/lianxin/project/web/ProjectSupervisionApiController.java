package org.lianxin.project.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.project.internal.MidYearBoard;
import org.lianxin.project.internal.MilestoneEvidence;
import org.lianxin.project.internal.ProjectDubans;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.SiteVisits;
import org.lianxin.project.internal.SupervisionGroups;
import org.lianxin.suggestion.ProgressMeetingAgenda;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The supervision of projects for apps: one endpoint per step (the group, a site visit
 * with photos, a milestone's evidence, a 督办 and its answer) and the mid-year meeting.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects")
@PreAuthorize("hasAnyAuthority('" + ProjectPermissions.VIEW + "', '" + ProjectPermissions.VISIT + "')")
class ProjectSupervisionApiController {

	private final SupervisionGroups groups;

	private final SiteVisits visits;

	private final ProjectDubans dubans;

	private final MidYearBoard board;

	private final MilestoneEvidence evidence;

	private final ProgressMeetingAgenda suggestions;

	private final WorkdayCalendar calendar;

	ProjectSupervisionApiController(SupervisionGroups groups, SiteVisits visits, ProjectDubans dubans,
			MidYearBoard board, MilestoneEvidence evidence, ProgressMeetingAgenda suggestions,
			WorkdayCalendar calendar) {
		this.evidence = evidence;
		this.groups = groups;
		this.visits = visits;
		this.dubans = dubans;
		this.board = board;
		this.suggestions = suggestions;
		this.calendar = calendar;
	}

	/** The deputies a project's supervision group is to be. */
	record GroupBody(List<Long> deputyIds) {
	}

	/** A 督办: to the lead agency unless another is named. */
	record DubanBody(Long agencyId, String demand, LocalDate dueOn) {
	}

	record AnswerBody(String answer) {
	}

	@Operation(summary = "代表监督小组: the office sets a project's supervision group (deputies serving in its congress)")
	@PutMapping("/{id}/group")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	ResponseEntity<Void> group(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody GroupBody body) {
		this.groups.assign(user, id, body.deputyIds());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "My projects: those of the signed-in deputy's supervision groups")
	@GetMapping("/mine")
	List<SupervisionGroups.MyProject> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.groups.mine(user);
	}

	@Operation(summary = "A project's supervision: its group, site visits (photos at "
			+ "/projects/visits/{visitId}/photos/{n}) and 督办")
	@GetMapping("/{id}/supervision")
	Map<String, Object> supervision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.dubans.visible(user, id);
		return Map.of("group", this.groups.members(id), "visits", this.visits.of(id)
			.stream()
			.map(v -> Map.of("id", v.visit().id(), "visitedOn", v.visit().visitedOn(), "place", v.visit().place(),
					"photos", v.visit().photoCount(), "questions", v.visit().questions(), "deputies", v.deputies()))
			.toList(), "dubans",
				this.dubans.of(id)
					.stream()
					.map(d -> Map.of("id", d.duban().id(), "agency", String.valueOf(d.agency()), "dueOn",
							d.duban().dueOn(), "state", d.duban().state(), "level", d.duban().level()))
					.toList());
	}

	@Operation(summary = "实地察看: a group deputy records a site visit (multipart: visitedOn, place, latitude, "
			+ "longitude, findings, question[], answer[], deputyIds[], photos[] up to 4)")
	@PostMapping(path = "/{id}/visits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Long> visit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute SiteVisitForm form, @RequestParam(required = false) List<MultipartFile> photos)
			throws IOException {
		return ResponseEntity.status(201)
			.body(this.visits.record(user, id, form.toVisit(),
					UploadedFiles.bytesOf(photos, "photos", "project.photos.too-large")));
	}

	@Operation(summary = "A milestone reached: its actual date (doneOn) with evidence photos[] (multipart, 1 to 4)")
	@PostMapping(path = "/{id}/milestones/{position}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	ResponseEntity<Void> milestone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int position, @RequestParam(required = false) LocalDate doneOn,
			@RequestParam(required = false) List<MultipartFile> photos) throws IOException {
		this.evidence.record(user, id, position, doneOn,
				UploadedFiles.bytesOf(photos, "photos", "project.photos.too-large"));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "跟踪督办: the office issues a 督办 with a deadline to the lead agency (or the one named)")
	@PostMapping("/{id}/dubans")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	ResponseEntity<Long> issue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DubanBody body) {
		return ResponseEntity.status(201)
			.body(this.dubans.issue(user, id, body.agencyId(), body.demand(), body.dueOn()));
	}

	@Operation(summary = "The agency answers a 督办 it was sent")
	@PostMapping("/dubans/{dubanId}/answer")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	ResponseEntity<Void> answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long dubanId,
			@RequestBody AnswerBody body) {
		this.dubans.answer(user, dubanId, body.answer());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "年中推进会: every chosen project of a region's year with progress, planned progress, "
			+ "variance and open 督办, and the suggestions on the meeting's agenda")
	@GetMapping("/meeting")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
	Map<String, Object> meeting(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
		int shown = (year != null) ? year : this.calendar.today().getYear();
		String where = (region == null || region.isBlank()) ? user.regionCode() : region;
		return Map.of("region", where, "year", shown, "projects", this.board.lines(user, where, shown), "suggestions",
				this.suggestions.of(user, where));
	}

}
