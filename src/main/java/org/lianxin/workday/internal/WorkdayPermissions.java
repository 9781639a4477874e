package org.lianxin.workday.internal;

/** Permissions of the workday module, named {@code module:entity:action}. */
public final class WorkdayPermissions {

	public static final String VIEW = "workday:calendar:view";

	public static final String EDIT = "workday:calendar:edit";

	private WorkdayPermissions() {
	}

}
