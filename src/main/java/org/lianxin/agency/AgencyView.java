package org.lianxin.agency;

/** An agency as lists and the API show it, with its region's name. */
public record AgencyView(long id, String code, String name, AgencyKind kind, String regionCode, String regionName,
		String contactPhone, boolean enabled) {
}
