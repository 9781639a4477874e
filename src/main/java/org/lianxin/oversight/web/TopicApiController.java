package org.lianxin.oversight.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.NewTopic;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.OversightTopics;
import org.lianxin.oversight.internal.TopicHistory;
import org.lianxin.oversight.internal.TopicQueries;
import org.lianxin.oversight.internal.TopicQueries.TopicPage;
import org.lianxin.oversight.internal.TopicQueries.TopicRow;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.Paging;

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
 * Topics followed for years, for staff systems: the topics of the caller's scope, one
 * topic's years of activities and its measures, and one endpoint per change. A broken
 * rule answers 409 naming each field; a topic or activity outside the scope, 404.
 */
@RestController
@RequestMapping("/api/v1/oversight/topics")
@Tag(name = "Oversight")
class TopicApiController {

	private static final int PAGE_SIZE = 100;

	private final OversightTopics topics;

	private final TopicQueries queries;

	private final TopicHistory history;

	TopicApiController(OversightTopics topics, TopicQueries queries, TopicHistory history) {
		this.topics = topics;
		this.queries = queries;
		this.history = history;
	}

	@Operation(summary = "Topics followed for years (持续跟踪监督) in the caller's scope, newest first, "
			+ "each with how many activities and in how many years followed it; " + PAGE_SIZE + " a page (page from 0)")
	@GetMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
	List<TopicRow> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
		return this.queries.topics(user, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	/** A topic's page and its history. */
	record TopicWithHistory(TopicPage topic, List<TopicHistory.Entry> history) {
	}

	@Operation(summary = "One topic: each measure's latest value and every value counted, "
			+ "the years of following newest first with their activities and issue counts, and its history")
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
	TopicWithHistory get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new TopicWithHistory(
				this.queries.page(user, id).orElseThrow(() -> new NotFoundException("oversight topic " + id)),
				this.history.of(id));
	}

	record Opened(@Size(max = 200) String title, @Size(max = 2000) String summary, Integer sinceYear) {
	}

	record Created(long id) {
	}

	@Operation(summary = "Open a topic for the caller's region; title and the year following began are required")
	@PostMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	ResponseEntity<Created> open(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Opened body) {
		long id = this.topics.open(user, new NewTopic(body.title(), body.summary(), body.sinceYear()));
		return ResponseEntity.created(URI.create("/api/v1/oversight/topics/" + id)).body(new Created(id));
	}

	record Follow(Long activityId) {
	}

	@Operation(summary = "An activity of the topic's region follows the topic (once)")
	@PostMapping("/{id}/activities")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	TopicWithHistory follow(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody Follow body) {
		this.topics.follow(user, id, body.activityId());
		return get(user, id);
	}

	record Measured(@Size(max = 100) String name, Integer value, @Size(max = 20) String unit, LocalDate measuredOn) {
	}

	@Operation(summary = "A measure of progress as counted on a day (e.g. 助老食堂 4 处); a later count adds a "
			+ "newer value and keeps the older")
	@PostMapping("/{id}/measures")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	TopicWithHistory measure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Measured body) {
		this.topics.measure(user, id, body.name(), body.value(), body.unit(), body.measuredOn());
		return get(user, id);
	}

}
