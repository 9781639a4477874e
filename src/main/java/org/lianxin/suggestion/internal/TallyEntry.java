package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.platform.statistics.CountBits;
import org.lianxin.platform.statistics.RollupChange;

/**
 * What one suggestion adds to the tally: its lead row (agency 0 when none is assigned)
 * with a bit for every count it is in, and one row per co-handling agency. A suggestion
 * not yet filed ({@code month} null) adds nothing.
 */
record TallyEntry(String regionCode, long congressId, int sessionNumber, LocalDate month, Long leadAgencyId,
		List<Long> coAgencyIds, int counts) {

	/** Adds this entry's share, times {@code sign}, to the change by row. */
	void addTo(RollupChange change, int sign) {
		if (this.month == null) {
			return;
		}
		long[] lead = new long[1 + TallyCount.ALL.size()];
		lead[0] = 1;
		System.arraycopy(CountBits.counts(this.counts, TallyCount.ALL.size()), 0, lead, 1, TallyCount.ALL.size());
		change.add(key((this.leadAgencyId != null) ? this.leadAgencyId : 0, true), lead, sign);
		long[] shared = new long[1 + TallyCount.ALL.size()];
		shared[0] = 1;
		for (Long agency : this.coAgencyIds) {
			change.add(key(agency, false), shared, sign);
		}
	}

	/**
	 * A row of {@code suggestion_tally}, its key columns in
	 * {@link SuggestionTally#ROLLUP}'s order.
	 */
	private List<Object> key(long agencyId, boolean lead) {
		return List.of(this.regionCode, this.congressId, this.sessionNumber, this.month, agencyId, lead);
	}

}
