package org.lianxin.survey.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.survey.internal.Rectifications;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.internal.Surveys;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item below its survey's threshold for apps: the rated agency's 整改 report, then the
 * office's re-vote of those items, the same steps as the survey page's.
 */
@RestController
@RequestMapping("/api/v1/surveys/{id}")
@Tag(name = "Surveys")
class RectificationApiController {

	private final Rectifications rectifications;

	private final Surveys surveys;

	private final Clock clock;

	RectificationApiController(Rectifications rectifications, Surveys surveys, Clock clock) {
		this.rectifications = rectifications;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** The 整改 report for the item at a position (0 is the first). */
	record RectificationReport(Integer position, String report) {
	}

	/** When the re-vote opens and closes. */
	record Revote(OffsetDateTime opensAt, OffsetDateTime closesAt) {
	}

	@Operation(summary = "The 整改 reports submitted for the survey's items below the threshold")
	@GetMapping("/rectifications")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.VIEW + "')")
	List<Rectifications.Report> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.rectifications.of(this.surveys.get(user, id).id());
	}

	@Operation(summary = "Submit the rated agency's 整改 report for an item below the threshold (once per item)",
			description = "An item not below the threshold, another agency's item, an empty report or a second "
					+ "report answers 409 and writes nothing.")
	@PostMapping("/rectifications")
	@PreAuthorize("hasAnyAuthority('" + SurveyPermissions.EDIT + "', '" + SurveyPermissions.RECTIFY + "')")
	ResponseEntity<List<Rectifications.Report>> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody RectificationReport body) {
		this.rectifications.submit(user, id, (body.position() != null) ? body.position() : -1, body.report());
		return ResponseEntity.status(201).body(this.rectifications.of(id));
	}

	@Operation(summary = "A draft re-vote of the items below the threshold, once each has its 整改 report",
			description = "Answers the new draft survey (same series and year); open it as any other.")
	@PostMapping("/revotes")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	ResponseEntity<SurveyApiController.SurveyView> revote(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @RequestBody Revote body) {
		long again = this.rectifications.revote(user, id, body.opensAt(), body.closesAt());
		return ResponseEntity.status(201)
			.body(SurveyApiController.SurveyView.of(this.surveys.get(user, again), this.clock));
	}

}
