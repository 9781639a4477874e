package org.lianxin.oversight.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.IssueItemQueries;
import org.lianxin.oversight.internal.IssueItemQueries.ItemDetail;
import org.lianxin.oversight.internal.IssueItemQueries.ItemRow;
import org.lianxin.oversight.internal.IssueItems;
import org.lianxin.oversight.internal.IssueState;
import org.lianxin.oversight.internal.NewIssueItem;
import org.lianxin.oversight.internal.OversightHistory;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.OversightQueries;
import org.lianxin.oversight.internal.OversightQueries.ActivityDetail;
import org.lianxin.oversight.internal.OversightQueries.ActivityRow;
import org.lianxin.oversight.internal.ReviewMethod;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Oversight for staff systems: the activities of the caller's scope and their issue
 * lists, and one endpoint per step of an issue item. A step the item's state does not
 * allow answers 409 with a message; one the caller's role does not take, 403; an activity
 * or item outside the scope, 404.
 */
@RestController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Oversight")
class OversightApiController {

	private static final int PAGE_SIZE = 100;

	private final OversightQueries activities;

	private final IssueItemQueries queries;

	private final IssueItems items;

	private final OversightHistory history;

	private final WorkdayCalendar calendar;

	OversightApiController(OversightQueries activities, IssueItemQueries queries, IssueItems items,
			OversightHistory history, WorkdayCalendar calendar) {
		this.activities = activities;
		this.queries = queries;
		this.items = items;
		this.history = history;
		this.calendar = calendar;
	}

	@Operation(summary = "Activities of the caller's scope that began in the year, newest first (100 a page, from 0)")
	@GetMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
	List<ActivityRow> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Min(2000) @Max(2199) Integer year,
			@RequestParam(defaultValue = "0") @Min(0) int page) {
		int shown = (year != null) ? year : this.calendar.today().getYear();
		return this.activities.activities(user, shown, null, false, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	/** An activity with its plan, people, places visited and issue list. */
	record ActivityWithItems(ActivityDetail activity, List<ItemRow> items, List<OversightHistory.Entry> history) {
	}

	@Operation(summary = "One activity with its people, places visited, issue list and history")
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
	ActivityWithItems get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ActivityDetail activity = this.activities.detail(user, id)
			.orElseThrow(() -> new NotFoundException("oversight activity " + id));
		return new ActivityWithItems(activity, this.queries.items(user,
				new IssueItemQueries.ItemFilter(null, id, false), this.calendar.today(), 0, 500),
				this.history.ofActivity(id));
	}

	record NewItem(@Size(max = 200) String place, @Size(max = 2000) String description,
			@Size(max = 2000) String evidence, @Size(max = 500) String ruleConcerned, Long agencyId,
			@Size(max = 2000) String rectificationRequired, LocalDate dueOn, Integer followUpDays) {
	}

	record Listed(long id, boolean replayed) {
	}

	@Operation(summary = "List a finding on an activity's issue list, for its responsible unit",
			description = "Send an Idempotency-Key header: a retry with the same key and body answers the first item "
					+ "again (200), the same key with another body answers 409 and saves nothing. A missing unit or "
					+ "deadline answers 409 naming each field.")
	@PostMapping("/{id}/items")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	ResponseEntity<Listed> add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
			@Valid @RequestBody NewItem body) {
		IssueItems.Listed listed = this.items.list(user, id,
				new NewIssueItem(body.place(), body.description(), body.evidence(), body.ruleConcerned(),
						body.agencyId(), body.rectificationRequired(), body.dueOn(), body.followUpDays()),
				List.of(), key);
		Listed answer = new Listed(listed.id(), listed.replayed());
		return listed.replayed() ? ResponseEntity.ok(answer)
				: ResponseEntity.created(URI.create("/api/v1/oversight/items/" + listed.id())).body(answer);
	}

	@Operation(summary = "Issue items of the caller's scope (an office its region's, a unit its own), "
			+ "those waiting longest first (100 a page, from 0)")
	@GetMapping("/items")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_VIEW + "')")
	List<ItemRow> items(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) IssueState state,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") @Min(0) int page) {
		return this.queries.items(user, new IssueItemQueries.ItemFilter(state, null, overdue), this.calendar.today(),
				Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	/** An item with its reports and history. */
	record ItemWithHistory(ItemDetail item, List<OversightHistory.Entry> history) {
	}

	@Operation(summary = "One issue item with its rectification reports, reviews and history; photos at "
			+ "/api/v1/oversight/items/{id}/photos/{n}")
	@GetMapping("/items/{id}")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_VIEW + "')")
	ItemWithHistory item(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new ItemWithHistory(
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("issue item " + id)),
				this.history.ofItem(id));
	}

	record Rectification(@Size(max = 2000) String account) {
	}

	@Operation(summary = "报送整改: the responsible unit reports how it rectified (photos through the page)")
	@PostMapping("/items/{id}/rectification")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_RECTIFY + "')")
	ItemWithHistory report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Rectification body) {
		this.items.reportRectification(user, id, body.account(), List.of());
		return item(user, id);
	}

	record Review(ReviewMethod method, @NotNull Boolean accept, @Size(max = 1000) String note, LocalDate dueOn) {
	}

	@Operation(summary = "复查: accept (销号) or send back with a reason and a new deadline",
			description = "method ON_SITE or ON_FILE is required: nothing closes an item unchecked.")
	@PostMapping("/items/{id}/review")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_REVIEW + "')")
	ItemWithHistory review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Review body) {
		this.items.review(user, id, body.method(), body.accept(), body.note(), body.dueOn());
		return item(user, id);
	}

	record FollowUp(@NotNull Boolean holds, @Size(max = 500) String verdict, LocalDate dueOn) {
	}

	@Operation(summary = "回头看: the follow-up verdict; when it does not hold, dueOn is the new deadline")
	@PostMapping("/items/{id}/follow-up")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_REVIEW + "')")
	ItemWithHistory followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody FollowUp body) {
		this.items.followUp(user, id, body.holds(), body.verdict(), body.dueOn());
		return item(user, id);
	}

}
