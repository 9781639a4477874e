package org.lianxin.platform.cache;

import java.time.Duration;

/**
 * Every cache the platform keeps, in one place: what a node may keep in memory, for how
 * long at most, and the name a change announces to every node (see {@link Caches}). A
 * cache not listed here is state one node has and another has not.
 */
public enum SharedCache {

	/**
	 * Rendered QR-code pages ({@code /d/<code>}, {@code /v/<code>}), by language and
	 * path.
	 */
	PUBLIC_PAGES(Duration.ofSeconds(10), 20_000),

	/**
	 * The rendered public page of the year's livelihood projects
	 * ({@code /public/projects?region=&year=}), by language, region and year: forgotten
	 * only for the region and year a change concerns (see
	 * {@code platform.web.PublicPages}), so that votes and other modules' changes leave
	 * it. What it shows of other modules (an agency's name) is at most this old.
	 */
	PUBLIC_PROJECT_PAGES(Duration.ofSeconds(30), 5_000),

	/** The opinion categories by code, asked by every citizen's submission. */
	OPINION_CATEGORIES(Duration.ofMinutes(1), 1),

	/** The holidays and make-up working days, asked by every deadline. */
	WORKDAY_CALENDAR(Duration.ofMinutes(1), 1),

	/** The regions by code, asked by every submission and every case that is recorded. */
	REGIONS(Duration.ofMinutes(1), 10_000),

	/**
	 * The working days of each stage per category and urgency, asked by every case that
	 * is received or loaded.
	 */
	OPINION_DEADLINES(Duration.ofMinutes(1), 1_000);

	/**
	 * The longest an entry is kept, should a node miss the announcement of a change (it
	 * was cut off from the database as it was sent).
	 */
	private final Duration timeToLive;

	private final long maximumEntries;

	SharedCache(Duration timeToLive, long maximumEntries) {
		this.timeToLive = timeToLive;
		this.maximumEntries = maximumEntries;
	}

	Duration timeToLive() {
		return this.timeToLive;
	}

	long maximumEntries() {
		return this.maximumEntries;
	}

}
