package org.lianxin.search.internal;

/**
 * What to look for, already checked (two to a hundred characters, no control characters
 * or markup only) and with Latin letters in lower case, as {@code search_bigrams} and
 * {@code lower()} under the C locale treat them.
 *
 * @param text the text every record found contains
 */
public record SearchQuery(String text) {

	public SearchQuery {
		if (text == null || text.codePointCount(0, text.length()) < 2) {
			throw new IllegalArgumentException("a query has at least two characters");
		}
	}

}
