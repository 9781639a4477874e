package org.lianxin.agency;

/**
 * Filters for an agency list; every one is optional.
 *
 * @param regionCode only agencies in this region and below
 * @param regionItselfOnly only agencies of the region itself (本级), not of those below it
 * @param text part of the name or code
 * @param enabled only enabled ({@code true}) or disabled ({@code false}) ones
 */
public record AgencyQuery(String regionCode, boolean regionItselfOnly, String text, AgencyKind kind, Boolean enabled,
		int page, int size) {

	public static final int MAX_SIZE = 500;

	public AgencyQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		text = (text == null) ? "" : text.strip();
		regionCode = (regionCode == null || regionCode.isBlank()) ? null : regionCode.strip();
	}

}
