package org.lianxin.platform.web;

/**
 * Search text as a SQL {@code LIKE} pattern: the text's own %, _ and \ match literally.
 */
public final class LikePattern {

	private LikePattern() {
	}

	/** Matches values containing the text anywhere. */
	public static String containing(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
