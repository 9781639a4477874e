package org.lianxin.station.web;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where one of the directory's lists stands: page x of y, and the links to the pages
 * around it with the visitor's search kept.
 *
 * @param number the page shown, from 1
 * @param pages how many pages there are, at least 1
 * @param total how many match in all
 * @param previous the link to the page before, or {@code null} on the first
 * @param next the link to the page after, or {@code null} on the last
 */
record DirectoryPage(int number, int pages, long total, String previous, String next) {

	static final int SIZE = 20;

	/**
	 * @param requested the page asked for, from 1; out of range is taken as the nearest
	 * @param pageParameter the query parameter that names this list's page
	 * @param search the other query parameters to keep, null values left out
	 */
	static DirectoryPage of(int requested, long total, String pageParameter, Map<String, Object> search) {
		int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + SIZE - 1) / SIZE));
		int number = Math.max(1, Math.min(requested, pages));
		return new DirectoryPage(number, pages, total, (number > 1) ? link(search, pageParameter, number - 1) : null,
				(number < pages) ? link(search, pageParameter, number + 1) : null);
	}

	/** Where the page asked for starts, before the total is known. */
	static int offset(int requested) {
		return org.lianxin.platform.web.Paging.offset(Math.max(requested, 1) - 1, SIZE);
	}

	private static String link(Map<String, Object> search, String pageParameter, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/directory");
		search.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank() && !name.equals(pageParameter)) {
				link.queryParam(name, value);
			}
		});
		return link.queryParam(pageParameter, page).encode().build().toUriString();
	}

}
