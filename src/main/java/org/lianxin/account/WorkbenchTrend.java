package org.lianxin.account;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily series for the workbench's last-seven-days chart, contributed as a bean by the
 * module that owns the records: one count per day in the user's {@link DataScope}, each
 * opening the list of that day's records.
 */
public interface WorkbenchTrend {

	/** A stable key, e.g. {@code opinion.collected}. */
	String key();

	/** The message-bundle key of the series' label. */
	String labelKey();

	/** Whether the series is part of the user's work. */
	boolean concerns(CurrentUser user);

	/** The last {@code days} days up to today, oldest first, one entry per day. */
	List<Day> lastDays(CurrentUser user, int days);

	/** One day's count and the list that shows its rows. */
	record Day(LocalDate day, long count, String href) {
	}

}
