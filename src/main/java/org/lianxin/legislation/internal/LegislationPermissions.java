package org.lianxin.legislation.internal;

/** Permissions of the legislation module, named {@code module:entity:action}. */
public final class LegislationPermissions {

	/** See the points' rosters of informants and their counts. */
	public static final String INFORMANT_VIEW = "legislation:informant:view";

	/** Enrol informants on a point and take them off it. */
	public static final String INFORMANT_EDIT = "legislation:informant:edit";

	/** See the consultations of the scope, their drafts and opinions. */
	public static final String CONSULTATION_VIEW = "legislation:consultation:view";

	/** Receive consultations, import drafts, move them through their steps. */
	public static final String CONSULTATION_EDIT = "legislation:consultation:edit";

	private LegislationPermissions() {
	}

}
