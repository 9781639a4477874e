package org.lianxin.region;

/**
 * Levels of the administrative tree, from the top down; each has its people's congress.
 */
public enum RegionLevel {

	PROVINCE, CITY, COUNTY, TOWN, VILLAGE;

	/**
	 * Whether a region of this level may sit directly under one of {@code parent}'s
	 * level.
	 */
	public boolean canBeChildOf(RegionLevel parent) {
		return ordinal() == parent.ordinal() + 1;
	}

}
