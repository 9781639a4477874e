package org.lianxin.search.internal;

import java.util.regex.Pattern;

import org.lianxin.platform.web.RuleViolationException;

/**
 * What the search box accepts, checked before any SQL runs: two to a hundred characters
 * of text, no control characters, markup removed (a query of markup alone has nothing to
 * find). Runs of white space count as one space; Latin letters are compared in lower
 * case.
 */
public final class QueryRules {

	/**
	 * Longer than any phrase one looks for, short enough to keep the index lookup small.
	 */
	public static final int MAX_LENGTH = 100;

	private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private QueryRules() {
	}

	/**
	 * The query to run for what was typed.
	 * @throws RuleViolationException on the field {@code q}, with a message saying why
	 */
	public static SearchQuery check(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new RuleViolationException("q", "search.query.empty");
		}
		if (typed.codePointCount(0, typed.length()) > MAX_LENGTH) {
			throw new RuleViolationException("q", "search.query.too-long", MAX_LENGTH);
		}
		if (typed.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
			throw new RuleViolationException("q", "search.query.control");
		}
		String text = SPACES.matcher(MARKUP.matcher(typed).replaceAll(" ")).replaceAll(" ").strip();
		if (text.codePointCount(0, text.length()) < 2) {
			throw new RuleViolationException("q",
					MARKUP.matcher(typed).find() ? "search.query.markup-only" : "search.query.too-short");
		}
		return new SearchQuery(lowerLatin(text));
	}

	/** Lower case for A to Z only, as PostgreSQL's {@code lower()} under the C locale. */
	static String lowerLatin(String text) {
		StringBuilder lower = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			lower.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return lower.toString();
	}

}
