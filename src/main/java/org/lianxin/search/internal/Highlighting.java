package org.lianxin.search.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * A record's text as the results show it: escaped HTML, every occurrence of the query in
 * {@code <mark>}, long texts cut to the passage around the first occurrence.
 */
final class Highlighting {

	/** Characters kept before the first occurrence, so that it reads in context. */
	private static final int BEFORE = 30;

	/** Characters kept in all: about two lines of the results. */
	private static final int PASSAGE = 120;

	private Highlighting() {
	}

	/** The whole text, escaped, with the query marked. */
	static String marked(String text, String query) {
		if (text == null) {
			return "";
		}
		String lower = QueryRules.lowerLatin(text);
		StringBuilder html = new StringBuilder(text.length() + 32);
		int from = 0;
		for (int at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, from)) {
			html.append(HtmlUtils.htmlEscape(text.substring(from, at)))
				.append("<mark>")
				.append(HtmlUtils.htmlEscape(text.substring(at, at + query.length())))
				.append("</mark>");
			from = at + query.length();
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(from))).toString();
	}

	/** The passage around the first occurrence, escaped, with the query marked. */
	static String passage(String text, String query) {
		if (text == null || text.length() <= PASSAGE) {
			return marked(text, query);
		}
		int first = Math.max(0, QueryRules.lowerLatin(text).indexOf(query));
		int start = text.offsetByCodePoints(0, Math.max(0, text.codePointCount(0, first) - BEFORE));
		int end = Math.min(text.length(), Math.max(start + PASSAGE, first + query.length()));
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return ((start > 0) ? "…" : "") + marked(text.substring(start, end), query)
				+ ((end < text.length()) ? "…" : "");
	}

}
