package org.lianxin.suggestion;

import java.util.List;

import org.lianxin.account.CurrentUser;

/**
 * The suggestions' part of the mid-year progress meeting (年中推进会), for the meeting page
 * that shows the livelihood projects beside them: how many suggestions are followed, how
 * many are overdue, and those on the agenda. Empty for one who may not manage
 * suggestions.
 */
public interface ProgressMeetingAgenda {

	Summary of(CurrentUser user, String regionCode);

	/** The suggestions of a region at the meeting. */
	record Summary(int followed, int overdue, List<Item> onAgenda) {
	}

	/** A suggestion on the agenda, numbered as the session numbered it. */
	record Item(long id, int sessionNumber, Integer serialNumber, String title, String leadAgency, boolean overdue,
			Integer workingDaysLeft) {
	}

}
