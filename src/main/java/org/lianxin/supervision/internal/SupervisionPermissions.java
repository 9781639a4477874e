package org.lianxin.supervision.internal;

/** Permissions of the supervision module, named {@code module:entity:action}. */
public final class SupervisionPermissions {

	/** See the reminders and supervision notices of the data scope, every subject. */
	public static final String NOTICE_VIEW = "supervision:notice:view";

	private SupervisionPermissions() {
	}

}
