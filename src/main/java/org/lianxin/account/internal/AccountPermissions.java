package org.lianxin.account.internal;

/** Permissions of the account module, named {@code module:entity:action}. */
public final class AccountPermissions {

	public static final String USER_VIEW = "account:user:view";

	public static final String USER_EDIT = "account:user:edit";

	public static final String LOG_VIEW = "account:log:view";

	/** Operational endpoints: metrics and build info. */
	public static final String MONITOR_VIEW = "account:monitor:view";

	private AccountPermissions() {
	}

}
