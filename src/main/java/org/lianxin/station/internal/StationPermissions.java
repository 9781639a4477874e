package org.lianxin.station.internal;

/** Permissions of the station module, named {@code module:entity:action}. */
public final class StationPermissions {

	public static final String VIEW = "station:venue:view";

	public static final String EDIT = "station:venue:edit";

	/**
	 * Record a venue's activities besides reception days (visits to villages, legal
	 * consultations).
	 */
	public static final String ACTIVITY_EDIT = "station:activity:edit";

	private StationPermissions() {
	}

}
