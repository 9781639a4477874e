package org.lianxin.account;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One kind of work waiting for a staff user, contributed as a bean by the module that
 * owns it, so the workbench (工作台, {@code /console}) counts every module's work without
 * naming any module's tables. A count is taken in the user's {@link DataScope} and must
 * equal the number of rows its list shows: the module counts with the same condition its
 * list page applies to the same filter.
 */
public interface WorkbenchItem {

	/** A stable key, e.g. {@code opinion.triage}, as the API returns it. */
	String key();

	/** The message-bundle key of the label. */
	String labelKey();

	/** The position on the workbench, smaller first. */
	int order();

	/** Whether this is part of the user's work (by role, permission and scope kind). */
	boolean concerns(CurrentUser user);

	/** How many rows the list behind {@link #href()} shows this user. */
	long count(CurrentUser user);

	/** The list page, filtered to exactly what is counted. */
	String href();

	/** An item from its parts, for a module's {@code @Bean} method. */
	static WorkbenchItem of(String key, String labelKey, int order, String href, Predicate<CurrentUser> concerns,
			ToLongFunction<CurrentUser> count) {
		return new Parts(key, labelKey, order, href, concerns, count);
	}

	/** The parts {@link #of} was given. */
	record Parts(String key, String labelKey, int order, String href, Predicate<CurrentUser> audience,
			ToLongFunction<CurrentUser> counter) implements WorkbenchItem {

		@Override
		public boolean concerns(CurrentUser user) {
			return this.audience.test(user);
		}

		@Override
		public long count(CurrentUser user) {
			return this.counter.applyAsLong(user);
		}

	}

}
