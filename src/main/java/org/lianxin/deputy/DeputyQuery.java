package org.lianxin.deputy;

import org.lianxin.region.RegionLevel;

/**
 * Filters for the deputy list; every one is optional.
 *
 * @param regionCode deputies holding a seat in this region's congress or one below it
 * @param level deputies holding a seat at this level
 * @param serving only serving ({@code true}) or only former ({@code false}) deputies
 * @param text part of the name
 * @param group part of the group's name
 */
public record DeputyQuery(String regionCode, RegionLevel level, Boolean serving, String text, String group, int page,
		int size) {

	public static final int MAX_SIZE = 500;

	public DeputyQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		text = (text == null) ? "" : text.strip();
		group = (group == null) ? "" : group.strip();
		regionCode = (regionCode == null || regionCode.isBlank()) ? null : regionCode.strip();
	}

}
