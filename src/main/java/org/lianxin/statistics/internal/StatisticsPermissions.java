package org.lianxin.statistics.internal;

/** Permissions of the statistics module, named {@code module:entity:action}. */
public final class StatisticsPermissions {

	/** Read the year-end report of the regions of the scope, and download it. */
	public static final String VIEW = "statistics:report:view";

	/** Edit the report's wording and publish it. */
	public static final String EDIT = "statistics:report:edit";

	private StatisticsPermissions() {
	}

}
