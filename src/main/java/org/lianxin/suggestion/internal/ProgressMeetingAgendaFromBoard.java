package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.suggestion.ProgressMeetingAgenda;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.stereotype.Component;

/**
 * The suggestions' part of the joint mid-year meeting, read from the progress board, so
 * that the agenda takes the same suggestions on both pages.
 */
@Component
class ProgressMeetingAgendaFromBoard implements ProgressMeetingAgenda {

	private final ProgressBoard board;

	private final WorkdayCalendar calendar;

	ProgressMeetingAgendaFromBoard(ProgressBoard board, WorkdayCalendar calendar) {
		this.board = board;
		this.calendar = calendar;
	}

	@Override
	public Summary of(CurrentUser user, String regionCode) {
		if (!user.can(SuggestionPermissions.MANAGE)) {
			return new Summary(0, 0, List.of());
		}
		LocalDate today = this.calendar.today();
		List<ProgressBoard.Line> lines = this.board.board(user,
				SuggestionFilter.of(regionCode, null, null, null, null, null));
		return new Summary(lines.size(), (int) lines.stream().filter(ProgressBoard.Line::overdue).count(),
				lines.stream()
					.filter(line -> line.onAgenda(today))
					.map(l -> new Item(l.id(), l.sessionNumber(), l.serialNumber(), l.title(), l.leadAgency(),
							l.overdue(), l.workingDaysLeft()))
					.toList());
	}

}
