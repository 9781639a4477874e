package org.lianxin.region.internal;

/** Permissions of the region module, named {@code module:entity:action}. */
public final class RegionPermissions {

	public static final String VIEW = "region:region:view";

	public static final String EDIT = "region:region:edit";

	private RegionPermissions() {
	}

}
