package org.lianxin.platform.web;

/**
 * Where a page of a list starts, for any page number a client sends: never negative,
 * never overflowing, and never so deep that the database would scan millions of rows to
 * skip them.
 */
public final class Paging {

	/** Far past any list a person pages through. */
	public static final int MAX_OFFSET = 1_000_000;

	private Paging() {
	}

	public static int offset(int page, int size) {
		return (int) Math.min((long) Math.max(page, 0) * Math.max(size, 0), MAX_OFFSET);
	}

}
