package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A deliberation opinion as the office drafts it: on a report heard at a ledger meeting
 * ({@code meetingId} and the report's place, from 1) or on an oversight activity,
 * addressed to one unit, with its numbered items.
 *
 * @param sourceTitle the report's or activity's title as the letter names it
 */
public record NewDeliberation(Long meetingId, Integer reportNumber, Long activityId, String sourceTitle, String title,
		Long agencyId, List<Item> items) {

	/** One item: the text, the unit responsible and its deadline. */
	public record Item(String text, Long agencyId, LocalDate dueOn) {
	}

}
