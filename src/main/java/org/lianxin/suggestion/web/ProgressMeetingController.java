package org.lianxin.suggestion.web;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.suggestion.internal.ProgressBoard;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 年中推进会: the one-page progress view of a congress's suggestions, and the printable agenda
 * of the meeting (the questions and answers are recorded on each suggestion as a 推进会问答
 * step).
 */
@Controller
@RequestMapping("/suggestions/progress")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
class ProgressMeetingController {

	private final ProgressBoard board;

	private final WorkdayCalendar calendar;

	ProgressMeetingController(ProgressBoard board, WorkdayCalendar calendar) {
		this.board = board;
		this.calendar = calendar;
	}

	@GetMapping
	String board(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long congress,
			@RequestParam(required = false) String region, Model model) {
		model.addAttribute("lines",
				this.board.board(user, SuggestionFilter.of(region, congress, null, null, null, null)));
		model.addAttribute("congress", congress);
		model.addAttribute("region", region);
		return "suggestion/progress";
	}

	@GetMapping("/agenda")
	String agenda(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long congress,
			@RequestParam(required = false) String region, Model model) {
		LocalDate today = this.calendar.today();
		List<ProgressBoard.Line> items = this.board
			.board(user, SuggestionFilter.of(region, congress, null, null, null, null))
			.stream()
			.filter(line -> line.onAgenda(today))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("today", today);
		return "suggestion/agenda";
	}

}
