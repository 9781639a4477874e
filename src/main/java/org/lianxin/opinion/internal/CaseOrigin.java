package org.lianxin.opinion.internal;

import java.time.LocalDate;

import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionReceived;

/**
 * Where and through whom a case came in, as {@link OpinionReceived} tells other modules.
 *
 * @param deputyId the deputy whose code the citizen scanned, or who collected it
 * @param venueId the venue whose code the citizen scanned, or where it was received
 * @param recordedBy the staff account that recorded it for a citizen, else {@code null}
 * @param collectedOn the day it was collected (offline intake) or received
 * @param lateEntry entered in a later month than it was collected (当月收集、当月上传)
 */
public record CaseOrigin(IntakeChannel channel, String regionCode, Long deputyId, Long venueId, Long recordedBy,
		LocalDate collectedOn, boolean lateEntry) {
}
