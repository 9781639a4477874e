package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * An oversight activity was completed with the deputies who took part: each has done a
 * duty (视察、调研和执法检查). Published again, unchanged, if the event is delivered twice.
 *
 * @param title what the activity was, as the deputies' records name it
 * @param place where it took place (the first place visited), may be null
 */
public record OversightActivityHeld(long activityId, String title, LocalDate heldOn, String place,
		List<Long> deputyIds) {
}
