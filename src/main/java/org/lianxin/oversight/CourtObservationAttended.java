package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * Deputies observed a court hearing (旁听庭审): each has done a duty. Published again,
 * unchanged, if the event is delivered twice.
 *
 * @param title what the deputies' records say, e.g. the court and the case
 */
public record CourtObservationAttended(long hearingId, String title, LocalDate heldOn, String place,
		List<Long> deputyIds) {
}
