package org.lianxin.station;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How many opinions came in through venues, for the venue ledger. The opinion module owns
 * the cases and answers this; station declares what it needs here, because it cannot
 * depend on the opinion module (which depends on station).
 */
public interface OpinionsThroughVenues {

	/**
	 * The cases collected through each of these venues between the two days (both
	 * included); a venue with none may be missing.
	 */
	Map<Long, Long> perVenue(Collection<Long> venueIds, LocalDate from, LocalDate to);

	/**
	 * The cases collected through the venue on each day between the two (both included);
	 * a day with none may be missing.
	 */
	Map<LocalDate, Long> perDay(long venueId, LocalDate from, LocalDate to);

}
