package org.lianxin.oversight.web;

import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.NewTopic;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.OversightQueries;
import org.lianxin.oversight.internal.OversightTopics;
import org.lianxin.oversight.internal.TopicHistory;
import org.lianxin.oversight.internal.TopicQueries;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Topics followed for years (持续跟踪监督): the list, and one page per topic with its measures
 * of progress and each year's activities and issue lists.
 */
@Controller
@RequestMapping("/oversight/topics")
@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_VIEW + "')")
class TopicController {

	private static final int PAGE_SIZE = 50;

	/**
	 * The latest activities of the year offered to follow the topic: a choice list a
	 * clerk can read (the topic's page at 1m took 223 ms p95 with 200 of them).
	 */
	private static final int CANDIDATES = 50;

	private final OversightTopics topics;

	private final TopicQueries queries;

	private final OversightQueries activities;

	private final TopicHistory history;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	TopicController(OversightTopics topics, TopicQueries queries, OversightQueries activities, TopicHistory history,
			WorkdayCalendar calendar, SmallForms forms) {
		this.topics = topics;
		this.queries = queries;
		this.activities = activities;
		this.history = history;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		PageOf<TopicQueries.TopicRow> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.queries.topics(user, offset, limit));
		model.addAttribute("topics", shownPage.rows());
		model.addAttribute("page", shownPage);
		model.addAttribute("thisYear", this.calendar.today().getYear());
		return "oversight/topics";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String summary, @RequestParam(required = false) Integer sinceYear,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.topics.open(user, new NewTopic(title, summary, sinceYear));
			this.forms.notice(redirect, "oversight.topic.opened");
			return "redirect:/oversight/topics/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/oversight/topics";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		TopicQueries.TopicPage topic = this.queries.page(user, id)
			.orElseThrow(() -> new NotFoundException("oversight topic " + id));
		model.addAttribute("topic", topic);
		model.addAttribute("history", this.history.of(id));
		LocalDate today = this.calendar.today();
		model.addAttribute("today", today);
		if (user.can(OversightPermissions.ACTIVITY_EDIT)) {
			// this year's activities of the topic's region, any of which may follow it
			model.addAttribute("candidates",
					this.activities.activities(user, today.getYear(), topic.row().regionCode(), false, 0, CANDIDATES));
		}
		return "oversight/topic";
	}

	@PostMapping("/{id}/activities")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String follow(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long activityId, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.topics.follow(user, id, activityId), "oversight.topic.followed",
				"/oversight/topics/" + id, redirect, locale);
	}

	@PostMapping("/{id}/measures")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String measure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer value,
			@RequestParam(defaultValue = "") String unit, @RequestParam(required = false) LocalDate measuredOn,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.topics.measure(user, id, name, value, unit, measuredOn),
				"oversight.topic.measured", "/oversight/topics/" + id + "#measures", redirect, locale);
	}

}
