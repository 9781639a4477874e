package org.lianxin.agency;

import java.util.List;

/**
 * One page of an agency list. Counting stops at {@link #COUNT_LIMIT}: beyond that an
 * exact figure costs a scan of every match on every page view and helps nobody choose a
 * page.
 *
 * @param total how many agencies match, at most {@code COUNT_LIMIT}
 * @param totalExact whether {@code total} is the exact number (otherwise there are more)
 */
public record AgencyPage(List<AgencyView> items, long total, boolean totalExact, boolean hasNext, int page, int size) {

	public static final int COUNT_LIMIT = 1_000;

}
