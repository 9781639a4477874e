package org.lianxin.project.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.project.internal.MidYearBoard;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.suggestion.ProgressMeetingAgenda;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 年中推进会: one page for a region's year with every livelihood project's progress, its
 * variance and open 督办, and beside them the suggestions the meeting takes up (from the
 * suggestion module's board); and the printable agenda of both.
 */
@Controller
@RequestMapping("/projects/meeting")
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class MidYearMeetingController {

	private final MidYearBoard board;

	private final ProgressMeetingAgenda suggestions;

	private final WorkdayCalendar calendar;

	MidYearMeetingController(MidYearBoard board, ProgressMeetingAgenda suggestions, WorkdayCalendar calendar) {
		this.board = board;
		this.suggestions = suggestions;
		this.calendar = calendar;
	}

	@GetMapping
	String board(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		return fill(user, region, year, model, "project/meeting");
	}

	@GetMapping("/agenda")
	String agenda(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		return fill(user, region, year, model, "project/agenda");
	}

	private String fill(CurrentUser user, String region, Integer year, Model model, String view) {
		int shown = (year != null) ? year : this.calendar.today().getYear();
		String where = (region == null || region.isBlank()) ? user.regionCode() : region;
		model.addAttribute("lines", this.board.lines(user, where, shown));
		model.addAttribute("suggestions", this.suggestions.of(user, where));
		model.addAttribute("region", where);
		model.addAttribute("year", shown);
		model.addAttribute("today", this.calendar.today());
		return view;
	}

}
