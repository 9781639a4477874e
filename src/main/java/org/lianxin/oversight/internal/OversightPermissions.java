package org.lianxin.oversight.internal;

/** Permissions of the oversight module, named {@code module:entity:action}. */
public final class OversightPermissions {

	/** See the activities of the scope and their issue lists. */
	public static final String ACTIVITY_VIEW = "oversight:activity:view";

	/** Plan activities, record visits and findings, complete them. */
	public static final String ACTIVITY_EDIT = "oversight:activity:edit";

	/** See issue items: an office its region's, a unit its own. */
	public static final String ITEM_VIEW = "oversight:item:view";

	/** Report rectification, as the unit responsible. */
	public static final String ITEM_RECTIFY = "oversight:item:rectify";

	/** Check rectifications, close or send back, record follow-up visits. */
	public static final String ITEM_REVIEW = "oversight:item:review";

	/** See observed court hearings: an office its region's, a court its own. */
	public static final String HEARING_VIEW = "oversight:hearing:view";

	/**
	 * List hearings, sign deputies up, record attendance, evaluations and discussions.
	 */
	public static final String HEARING_EDIT = "oversight:hearing:edit";

	/** Reply to the opinions of a discussion, as the court. */
	public static final String HEARING_REPLY = "oversight:hearing:reply";

	/** Sign oneself up for a listed hearing, and withdraw, as a deputy. */
	public static final String HEARING_SIGN_UP = "oversight:hearing:sign-up";

	private OversightPermissions() {
	}

}
