package org.lianxin.station;

/** Permissions of the station module, named {@code module:entity:action}. */
public final class StationPermissions {

	public static final String VIEW = "station:venue:view";

	public static final String EDIT = "station:venue:edit";

	private StationPermissions() {
	}

}
