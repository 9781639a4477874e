package org.lianxin.survey.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.survey.internal.PaperBallots;
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
 * Paper ballots for apps, the same steps as the survey page's 纸质票: a deputy handed a
 * paper ballot, and each sheet typed in by two different clerks (双人录入).
 */
@RestController
@RequestMapping("/api/v1/surveys/{id}")
@Tag(name = "Surveys")
@PreAuthorize("hasAuthority('" + SurveyPermissions.PAPER + "')")
class PaperApiController {

	private final Surveys surveys;

	PaperApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	/** The deputy handed a paper ballot. */
	record PaperVoter(Long deputyId) {
	}

	/** One clerk's entry (1 or 2) of a sheet: one answer per item, in order. */
	record PaperEntry(Integer sheetNo, Integer clerk, List<Short> answers) {
	}

	/**
	 * How far the typing-in is: sheets agreed on, and those not yet (with both entries).
	 */
	record PaperState(long agreed, List<PaperBallots.Unresolved> unresolved) {
	}

	@Operation(summary = "Hand a deputy of the electorate a paper ballot: they are on the roll and cannot vote online",
			description = "A deputy outside the electorate, one on the roll already, or a survey not open answers 409 "
					+ "and writes nothing. The deputy gets the same duty record (参加投票) as an online voter.")
	@PostMapping("/paper-voters")
	ResponseEntity<Void> handOut(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody PaperVoter body) {
		this.surveys.handOutPaper(user, id, (body.deputyId() != null) ? body.deputyId() : -1);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "One clerk's entry of a paper sheet (double entry)",
			description = "A sheet counts once clerk 1 and clerk 2, two different people, typed the same answers; "
					+ "a mismatch is listed under unresolved and holds the close. A sheet typed twice by the same "
					+ "clerk number, or both entries by one person, answers 409 and writes nothing.")
	@PostMapping("/paper-entries")
	ResponseEntity<PaperState> enter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody PaperEntry body) {
		this.surveys.enterPaper(user, id, (body.sheetNo() != null) ? body.sheetNo() : 0,
				(body.clerk() != null) ? body.clerk() : 0, Answers.of(body.answers()));
		return ResponseEntity.status(201).body(state(user, id));
	}

	@Operation(summary = "The paper sheets agreed on and those not yet (typed once, or differently)")
	@GetMapping("/paper-entries")
	PaperState state(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new PaperState(this.surveys.agreedPaper(user, id), this.surveys.unresolvedPaper(user, id));
	}

}
