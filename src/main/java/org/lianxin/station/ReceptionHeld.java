package org.lianxin.station;

import java.time.LocalDate;
import java.util.List;

/** A reception session was recorded at a venue, with the deputies who came. */
public record ReceptionHeld(long sessionId, long venueId, String venueName, LocalDate heldOn, List<Long> deputyIds) {
}
