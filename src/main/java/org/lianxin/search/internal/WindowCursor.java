package org.lianxin.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the next window of results starts: for each kind that had more records than one
 * window holds, the id its next records lie below ({@code opinion:1234,suggestion:88}). A
 * kind missing from a cursor has shown all its records. The first window has no cursor.
 */
final class WindowCursor {

	private final Map<String, Long> below;

	private WindowCursor(Map<String, Long> below) {
		this.below = below;
	}

	static WindowCursor first() {
		return new WindowCursor(null);
	}

	/**
	 * A cursor as the last window wrote it; what cannot be read starts again from the
	 * top.
	 */
	static WindowCursor parse(String text) {
		if (text == null || text.isBlank()) {
			return first();
		}
		Map<String, Long> below = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			int colon = part.indexOf(':');
			if (colon <= 0 || !part.substring(colon + 1).matches("[0-9]{1,18}")) {
				return first();
			}
			below.put(part.substring(0, colon), Long.parseLong(part.substring(colon + 1)));
		}
		return new WindowCursor(below);
	}

	/**
	 * The id a kind's records lie below in this window, or {@code null} when it has none
	 * left.
	 */
	Long below(String kind) {
		return (this.below == null) ? Long.valueOf(Long.MAX_VALUE) : this.below.get(kind);
	}

	/** The cursor of the window after this one, or {@code null} when none is. */
	static String next(Map<String, Long> lastIdsOfFullKinds) {
		if (lastIdsOfFullKinds.isEmpty()) {
			return null;
		}
		StringJoiner text = new StringJoiner(",");
		lastIdsOfFullKinds.forEach((kind, id) -> text.add(kind + ":" + id));
		return text.toString();
	}

}
