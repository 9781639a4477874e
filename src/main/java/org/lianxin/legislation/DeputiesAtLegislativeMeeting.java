package org.lianxin.legislation;

import java.time.LocalDate;
import java.util.List;

/**
 * An offline meeting of a consultation was recorded with the deputies who attended: each
 * has done a duty, once. Published again, unchanged, if the event is delivered twice.
 *
 * @param fieldResearch whether it was 实地调研 (a visit) rather than a 座谈会 or 论证会 (a meeting
 * where opinions on the draft were given)
 * @param title what the meeting was, as the deputies' records name it
 */
public record DeputiesAtLegislativeMeeting(long meetingId, boolean fieldResearch, String title, LocalDate heldOn,
		String place, List<Long> deputyIds) {
}
