package org.lianxin.oversight.internal;

/** Permissions on deliberation opinions, named {@code module:entity:action}. */
public final class DeliberationPermissions {

	/**
	 * See deliberation opinions: an office its region's, a unit those that concern it.
	 */
	public static final String VIEW = "oversight:deliberation:view";

	/** Draft, send and rate deliberation opinions, as the committee's office. */
	public static final String EDIT = "oversight:deliberation:edit";

	/** Give the receipt and answer items, as the unit (or the office for it). */
	public static final String ANSWER = "oversight:deliberation:answer";

	private DeliberationPermissions() {
	}

}
