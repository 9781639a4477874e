package org.lianxin.demo;

/** Role codes the demo city defines. */
final class DemoRoles {

	static final String CITY_ADMIN = "CITY_ADMIN";

	static final String CONGRESS_OFFICE = "CONGRESS_OFFICE";

	static final String AGENCY_HANDLER = "AGENCY_HANDLER";

	static final String STATION_ADMIN = "STATION_ADMIN";

	static final String DEPUTY = "DEPUTY";

	private DemoRoles() {
	}

}
