package org.lianxin.oversight.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.DeliberationHistory;
import org.lianxin.oversight.internal.DeliberationOpinions;
import org.lianxin.oversight.internal.DeliberationPermissions;
import org.lianxin.oversight.internal.DeliberationQueries;
import org.lianxin.oversight.internal.DeliberationQueries.OpinionDetail;
import org.lianxin.oversight.internal.DeliberationQueries.OpinionRow;
import org.lianxin.oversight.internal.DeliberationRating;
import org.lianxin.oversight.internal.NewDeliberation;
import org.lianxin.oversight.internal.OversightHistory;
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
 * Deliberation opinions for staff systems, one endpoint per step: draft, send (the letter
 * at {@code …/letter.docx}), receipt, each item's answer, rating. A step out of turn or
 * bad input answers 409 with the reason in Chinese; an opinion outside the caller's
 * scope, 404.
 */
@RestController
@RequestMapping("/api/v1/oversight/deliberations")
@Tag(name = "Deliberation opinions")
@PreAuthorize("hasAuthority('" + DeliberationPermissions.VIEW + "')")
class DeliberationApiController {

	private static final int PAGE_SIZE = 100;

	private final DeliberationOpinions opinions;

	private final DeliberationQueries queries;

	private final DeliberationHistory history;

	private final WorkdayCalendar calendar;

	DeliberationApiController(DeliberationOpinions opinions, DeliberationQueries queries, DeliberationHistory history,
			WorkdayCalendar calendar) {
		this.opinions = opinions;
		this.queries = queries;
		this.history = history;
		this.calendar = calendar;
	}

	@Operation(summary = "The year's deliberation opinions of the caller's scope, newest first, " + PAGE_SIZE
			+ " a page (page from 0)")
	@GetMapping
	List<OpinionRow> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Min(2000) @Max(2199) Integer year,
			@RequestParam(defaultValue = "0") int page) {
		return this.queries.opinions(user, (year != null) ? year : this.calendar.today().getYear(),
				Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	record WithHistory(OpinionDetail opinion, List<OversightHistory.Entry> history) {
	}

	@Operation(summary = "One opinion with its items, answers and history")
	@GetMapping("/{id}")
	WithHistory get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new WithHistory(
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("deliberation opinion " + id)),
				this.history.of(id));
	}

	record Draft(Long meetingId, Integer reportNumber, Long activityId, @Size(max = 200) String sourceTitle,
			@Size(max = 200) String title, Long agencyId, @Size(max = 50) List<NewDeliberation.Item> items) {
	}

	@Operation(
			summary = "Draft an opinion on a ledger meeting's report (meetingId, reportNumber from 1) "
					+ "or an oversight activity (activityId), addressed to one unit, with numbered items",
			description = "Every item needs its text, responsible unit (agencyId) and a deadline after today; "
					+ "a missing one answers 409 naming the item.")
	@PostMapping
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	ResponseEntity<WithHistory> draft(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Draft body) {
		long id = this.opinions.draft(user,
				new NewDeliberation(body.meetingId(), body.reportNumber(), body.activityId(), body.sourceTitle(),
						body.title(), body.agencyId(), (body.items() != null) ? body.items() : List.of()));
		return ResponseEntity.created(URI.create("/api/v1/oversight/deliberations/" + id)).body(get(user, id));
	}

	record Sending(@Size(max = 60) String letterNumber) {
	}

	@Operation(summary = "Send the letter (审议意见函) with its number; the receipt is due in 5 working days")
	@PostMapping("/{id}/send")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	WithHistory send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Sending body) {
		this.opinions.send(user, id, body.letterNumber());
		return get(user, id);
	}

	record Receipt(@Size(max = 50) String receivedBy) {
	}

	@Operation(summary = "The addressed unit's receipt (回执), signed by a named person")
	@PostMapping("/{id}/receipt")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.ANSWER + "')")
	WithHistory receive(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Receipt body) {
		this.opinions.receive(user, id, body.receivedBy());
		return get(user, id);
	}

	record Answer(@Size(max = 4000) String answer) {
	}

	@Operation(summary = "The responsible unit's answer to item n (from 1); a unit answers only its own items")
	@PostMapping("/{id}/items/{n}/answer")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.ANSWER + "')")
	WithHistory answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int n,
			@Valid @RequestBody Answer body) {
		this.opinions.answer(user, id, n, body.answer());
		return get(user, id);
	}

	record Rating(DeliberationRating rating, @Size(max = 1000) String note) {
	}

	@Operation(summary = "The committee's rating of the answers: SATISFIED, BASICALLY_SATISFIED or UNSATISFIED")
	@PostMapping("/{id}/rating")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	WithHistory rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Rating body) {
		this.opinions.rate(user, id, body.rating(), body.note());
		return get(user, id);
	}

}
