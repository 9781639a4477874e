package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a list or a report is narrowed to; every part is optional.
 *
 * @param regionCode the region and every region below it
 * @param from filed on or after
 * @param to filed on or before
 * @param figure exactly the suggestions a figure counts
 * @param before keyset paging: only ids below this one
 */
public record SuggestionFilter(String regionCode, Long congressId, Integer sessionNumber,
		Set<SuggestionStatus> statuses, Long agencyId, Boolean overdue, LocalDate from, LocalDate to,
		SuggestionFigure figure, Long before, int size) {

	public SuggestionFilter {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		size = Math.max(1, Math.min(size, 200));
	}

	/** The filter of a report: no paging, no state. */
	public static SuggestionFilter of(String regionCode, Long congressId, Integer sessionNumber, Long agencyId,
			LocalDate from, LocalDate to) {
		return new SuggestionFilter(regionCode, congressId, sessionNumber, Set.of(), agencyId, null, from, to, null,
				null, 1);
	}

}
