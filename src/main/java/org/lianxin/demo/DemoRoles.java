package org.lianxin.demo;

/**
 * Codes of the standard roles (created by the account module's migrations) the demo users
 * hold.
 */
final class DemoRoles {

	static final String CITY_ADMIN = "CITY_ADMIN";

	static final String CONGRESS_OFFICE = "CONGRESS_OFFICE";

	static final String AGENCY_HANDLER = "AGENCY_HANDLER";

	static final String STATION_ADMIN = "STATION_ADMIN";

	static final String DEPUTY = "DEPUTY";

	static final String GROUP_LIAISON = "GROUP_LIAISON";

	private DemoRoles() {
	}

}
