package org.lianxin.search.internal;

import java.time.LocalDate;

/**
 * One record found, as shown: its title and passage are escaped HTML with the query in
 * {@code <mark>}.
 *
 * @param kind the kind of record ({@code opinion}, {@code suggestion}, ...)
 * @param id its id in its module
 * @param titleHtml its title, escaped, the query marked
 * @param passageHtml the passage around the first occurrence, escaped, the query marked
 * @param path its page
 * @param on its day
 * @param score its relevance; results come highest first, then newest
 */
public record SearchResult(String kind, long id, String titleHtml, String passageHtml, String path, LocalDate on,
		int score) {
}
