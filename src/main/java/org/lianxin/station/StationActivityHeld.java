package org.lianxin.station;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity besides a reception day was recorded (or corrected) at a venue, with the
 * deputies who took part.
 *
 * @param place the village or community visited, or where it took place; may be null
 * @param removedDeputyIds deputies a correction took off the activity
 */
public record StationActivityHeld(long activityId, long venueId, String venueName, StationActivityKind kind,
		LocalDate heldOn, String place, List<Long> deputyIds, List<Long> removedDeputyIds) {
}
