package org.lianxin.search.internal;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param query what was searched (as run: markup removed, spaces joined)
 * @param found how many records the window holds: all of them when {@code more} is
 * {@code null}, else the newest ones of each kind
 * @param perKind how many of them per kind
 * @param page this page, from 0
 * @param size records per page
 * @param results this page's records, best first
 * @param more where the next window of older records starts, or {@code null} when this
 * window holds every record found
 */
public record SearchResults(String query, int found, Map<String, Integer> perKind, int page, int size,
		List<SearchResult> results, String more) {

	public boolean hasNextPage() {
		return (long) (this.page + 1) * this.size < this.found;
	}

}
