package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one suggestion adds to the tally: its lead row (agency 0 when none is assigned)
 * with a bit for every count it is in, and one row per co-handling agency. A suggestion
 * not yet filed ({@code month} null) adds nothing.
 */
record TallyEntry(String regionCode, long congressId, int sessionNumber, LocalDate month, Long leadAgencyId,
		List<Long> coAgencyIds, int counts) {

	/** A row of {@code suggestion_tally}. */
	record Key(String regionCode, long congressId, int sessionNumber, LocalDate month, long agencyId,
			boolean lead) implements Comparable<Key> {

		private static final Comparator<Key> ORDER = Comparator.comparing(Key::regionCode)
			.thenComparingLong(Key::congressId)
			.thenComparingInt(Key::sessionNumber)
			.thenComparing(Key::month)
			.thenComparingLong(Key::agencyId)
			.thenComparing(Key::lead);

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}

	}

	/** Adds this entry's share, times {@code sign}, to the deltas by row. */
	void addTo(Map<Key, long[]> deltas, int sign) {
		if (this.month == null) {
			return;
		}
		long[] lead = deltas.computeIfAbsent(key((this.leadAgencyId != null) ? this.leadAgencyId : 0, true),
				k -> new long[1 + TallyCount.ALL.size()]);
		lead[0] += sign;
		for (int k = 0; k < TallyCount.ALL.size(); k++) {
			if ((this.counts & (1 << k)) != 0) {
				lead[1 + k] += sign;
			}
		}
		for (Long agency : this.coAgencyIds) {
			deltas.computeIfAbsent(key(agency, false), k -> new long[1 + TallyCount.ALL.size()])[0] += sign;
		}
	}

	private Key key(long agencyId, boolean lead) {
		return new Key(this.regionCode, this.congressId, this.sessionNumber, this.month, agencyId, lead);
	}

}
