package org.lianxin.legislation.internal;

/** Permissions of the legislation module, named {@code module:entity:action}. */
public final class LegislationPermissions {

	/** See the points' rosters of informants and their counts. */
	public static final String INFORMANT_VIEW = "legislation:informant:view";

	/** Enrol informants on a point and take them off it. */
	public static final String INFORMANT_EDIT = "legislation:informant:edit";

	private LegislationPermissions() {
	}

}
