package org.lianxin.station;

import java.time.LocalDate;
import java.util.List;

/**
 * A reception session was recorded (or corrected) at a venue, with the deputies who came.
 *
 * @param removedDeputyIds deputies a correction took off the session
 */
public record ReceptionHeld(long sessionId, long venueId, String venueName, LocalDate heldOn, List<Long> deputyIds,
		List<Long> removedDeputyIds) {
}
