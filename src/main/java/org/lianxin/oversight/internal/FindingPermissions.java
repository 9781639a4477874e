package org.lianxin.oversight.internal;

/** The permission a deputy records findings with, named {@code module:entity:action}. */
public final class FindingPermissions {

	/**
	 * Record a finding on the issue list of an activity the deputy takes part in (on a
	 * phone, on the spot).
	 */
	public static final String RECORD = "oversight:finding:record";

	private FindingPermissions() {
	}

}
