package org.lianxin.agency.internal;

/** Permissions of the agency module, named {@code module:entity:action}. */
public final class AgencyPermissions {

	public static final String VIEW = "agency:agency:view";

	public static final String EDIT = "agency:agency:edit";

	private AgencyPermissions() {
	}

}
