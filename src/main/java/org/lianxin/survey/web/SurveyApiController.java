package org.lianxin.survey.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.internal.Survey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.internal.SurveyPermissions;
import org.lianxin.survey.internal.SurveyResults;
import org.lianxin.survey.SurveyScale;
import org.lianxin.survey.internal.SurveyState;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.SurveyRow;
import org.lianxin.survey.internal.Voting;

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

/** Surveys for apps: the office's steps, the results, and a deputy's vote. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys")
class SurveyApiController {

	private final Surveys surveys;

	private final Voting voting;

	private final Clock clock;

	SurveyApiController(Surveys surveys, Voting voting, Clock clock) {
		this.surveys = surveys;
		this.voting = voting;
		this.clock = clock;
	}

	/** A survey as the API shows it. */
	record SurveyView(long id, String regionCode, String series, int year, String title, SurveyScale scale,
			Integer maxChoices, Electorate electorate, Long congressId, Long groupId, OffsetDateTime opensAt,
			OffsetDateTime closesAt, int minCount, BigDecimal rectifyBelow, SurveyState state, List<SurveyItem> items) {

		static SurveyView of(Survey s, Clock clock) {
			return new SurveyView(s.id(), s.regionCode(), s.series(), s.year(), s.title(), s.scale(), s.maxChoices(),
					s.electorate(), s.congressId(), s.groupId(), s.opensAt().atZone(clock.getZone()).toOffsetDateTime(),
					s.closesAt().atZone(clock.getZone()).toOffsetDateTime(), s.minCount(), s.rectifyBelow(), s.state(),
					s.items());
		}

	}

	record SurveyWithResults(SurveyView survey, SurveyResults.Results results) {
	}

	/** A ballot: one answer per item, in order. */
	record Ballot(List<Short> answers) {
	}

	@Operation(summary = "Surveys in the caller's scope (of a region and below), newest year first")
	@GetMapping
	@PreAuthorize("hasAuthority('" + SurveyPermissions.VIEW + "')")
	List<SurveyRow> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region) {
		return this.surveys.list(user, region);
	}

	@Operation(summary = "One survey; its results (counts, rates, turnout) once it is closed")
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.VIEW + "')")
	SurveyWithResults get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new SurveyWithResults(SurveyView.of(this.surveys.get(user, id), this.clock),
				this.surveys.results(user, id));
	}

	@Operation(summary = "Set up a draft survey (congressId decides the region)")
	@PostMapping
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	ResponseEntity<SurveyView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NewSurvey body) {
		long id = this.surveys.create(user, body);
		return ResponseEntity.status(201).body(SurveyView.of(this.surveys.get(user, id), this.clock));
	}

	@Operation(summary = "Open a draft survey for votes")
	@PostMapping("/{id}/open")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	SurveyView open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.surveys.open(user, id);
		return SurveyView.of(this.surveys.get(user, id), this.clock);
	}

	@Operation(summary = "Close a survey: no more votes, the results show")
	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.EDIT + "')")
	SurveyView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.surveys.close(user, id);
		return SurveyView.of(this.surveys.get(user, id), this.clock);
	}

	@Operation(summary = "Cast the signed-in deputy's ballot (once; answers in item order)",
			description = "Satisfaction: 1 满意, 2 基本满意, 3 不满意; five-point: 1–5; choice: 1 chosen, 0 not. "
					+ "A second ballot, one outside the voting time or outside the electorate answers 409 and "
					+ "writes nothing. The answer says nothing about the ballot: it is not stored with anything "
					+ "that could find it again.")
	@PostMapping("/{id}/ballots")
	@PreAuthorize("hasAuthority('" + SurveyPermissions.CAST + "')")
	ResponseEntity<Void> cast(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Ballot ballot) {
		this.voting.cast(user, id, Answers.of(ballot.answers()));
		return ResponseEntity.noContent().build();
	}

}
