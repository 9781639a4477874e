package org.lianxin.oversight.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.CaseKind;
import org.lianxin.oversight.internal.CourtHearing;
import org.lianxin.oversight.internal.CourtHearings;
import org.lianxin.oversight.internal.CourtQueries;
import org.lianxin.oversight.internal.CourtQueries.CourtCount;
import org.lianxin.oversight.internal.CourtQueries.HearingDetail;
import org.lianxin.oversight.internal.CourtQueries.HearingRow;
import org.lianxin.oversight.internal.EvaluationItem;
import org.lianxin.oversight.internal.NewHearing;
import org.lianxin.oversight.internal.OversightHistory;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.SeatState;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.Paging;
import org.lianxin.workday.WorkdayCalendar;

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
 * Court-hearing observation for staff systems: the year's hearings with attendances per
 * court, one hearing, and one endpoint per step. A step out of turn answers 409 with the
 * reason; a hearing outside the caller's scope, 404.
 */
@RestController
@RequestMapping("/api/v1/court-observations")
@Tag(name = "Court observation")
@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_VIEW + "')")
class CourtObservationApiController {

	private static final int PAGE_SIZE = 100;

	private final CourtHearings hearings;

	private final CourtQueries queries;

	private final OversightHistory history;

	private final WorkdayCalendar calendar;

	CourtObservationApiController(CourtHearings hearings, CourtQueries queries, OversightHistory history,
			WorkdayCalendar calendar) {
		this.hearings = hearings;
		this.queries = queries;
		this.history = history;
		this.calendar = calendar;
	}

	/** A year's hearings, and per court the hearings held and the attendances (人次). */
	record Year(int year, List<CourtCount> counts, List<HearingRow> hearings) {
	}

	@Operation(summary = "The year's observed hearings of the caller's scope, " + PAGE_SIZE
			+ " a page (page from 0), with attendances (人次) per court")
	@GetMapping
	Year list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Min(2000) @Max(2199) Integer year,
			@RequestParam(defaultValue = "0") int page) {
		int shown = (year != null) ? year : this.calendar.today().getYear();
		return new Year(shown, this.queries.countsOf(user, shown),
				this.queries.hearings(user, shown, Paging.offset(page, PAGE_SIZE), PAGE_SIZE));
	}

	record WithHistory(HearingDetail hearing, List<OversightHistory.Entry> history) {
	}

	@Operation(summary = "One hearing with its sign-ups, evaluation forms, discussion, the court's replies, history")
	@GetMapping("/{id}")
	WithHistory get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new WithHistory(
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("court hearing " + id)),
				this.history.ofHearing(id));
	}

	record Listing(Long courtId, @Size(max = 200) String caseTitle, CaseKind caseKind, LocalDate heldOn,
			@Size(max = 200) String place, Integer seats, @Size(max = 2000) String briefing) {
	}

	@Operation(summary = "List a court's hearing for deputies to observe (提前了解)")
	@PostMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	ResponseEntity<WithHistory> schedule(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Listing body) {
		long id = this.hearings.schedule(user, new NewHearing(body.courtId(), body.caseTitle(), body.caseKind(),
				body.heldOn(), body.place(), body.seats(), body.briefing()));
		return ResponseEntity.created(URI.create("/api/v1/court-observations/" + id)).body(get(user, id));
	}

	record SignUp(@NotNull Long deputyId) {
	}

	record SignedUp(SeatState state) {
	}

	@Operation(summary = "Sign a deputy up: SIGNED_UP while seats last, else WAITING")
	@PostMapping("/{id}/sign-ups")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	SignedUp signUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody SignUp body) {
		return new SignedUp(this.hearings.signUp(user, id, body.deputyId()));
	}

	@Operation(summary = "Withdraw a deputy's sign-up; the first waiting moves up")
	@PostMapping("/{id}/withdrawals")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	WithHistory withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody SignUp body) {
		this.hearings.withdraw(user, id, body.deputyId());
		return get(user, id);
	}

	record Attendance(@NotNull @Size(max = 100) List<Long> deputyIds) {
	}

	@Operation(summary = "The hearing was held (合力调解) with these signed-up deputies, no more than its seats")
	@PostMapping("/{id}/attendance")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	WithHistory attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Attendance body) {
		this.hearings.held(user, id, body.deputyIds());
		return get(user, id);
	}

	record Evaluation(@NotNull Long deputyId, @NotNull Map<EvaluationItem, CourtHearing.Rating> items) {
	}

	@Operation(summary = "A deputy's evaluation form: all six items rated 1 to 5, with comments")
	@PostMapping("/{id}/evaluations")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	WithHistory evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Evaluation body) {
		this.hearings.evaluate(user, id, body.deputyId(), body.items());
		return get(user, id);
	}

	record Discussion(@Size(max = 4000) String summary, @Size(max = 50) List<@Size(max = 1000) String> opinions,
			LocalDate replyBy) {
	}

	@Operation(summary = "座谈评议: the discussion and its opinions, each sent to the court to be answered by replyBy"
			+ " (20 working days when not given); unanswered, they are on the watch (COURT_REPLY)")
	@PostMapping("/{id}/discussion")
	@PreAuthorize("hasAuthority('" + OversightPermissions.HEARING_EDIT + "')")
	WithHistory discuss(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Discussion body) {
		this.hearings.discuss(user, id, body.summary(), (body.opinions() != null) ? body.opinions() : List.of(),
				body.replyBy());
		return get(user, id);
	}

	record Reply(@Size(max = 2000) String reply) {
	}

	@Operation(summary = "The court's reply to opinion n (from 1)")
	@PostMapping("/{id}/opinions/{n}/reply")
	@PreAuthorize("hasAnyAuthority('" + OversightPermissions.HEARING_EDIT + "', '" + OversightPermissions.HEARING_REPLY
			+ "')")
	WithHistory reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int n,
			@Valid @RequestBody Reply body) {
		this.hearings.reply(user, id, n, body.reply());
		return get(user, id);
	}

}
