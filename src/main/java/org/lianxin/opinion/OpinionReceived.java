package org.lianxin.opinion;

/**
 * A new case came in, through any channel.
 *
 * @param recordedBy the staff account that recorded it for a citizen, else {@code null}
 * @param collectedOn the day it was collected
 */
public record OpinionReceived(long opinionId, String trackingCode, String regionCode, IntakeChannel channel,
		Long recordedBy, java.time.LocalDate collectedOn) {
}
