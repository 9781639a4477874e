package org.lianxin.opinion.internal;

import java.time.OffsetDateTime;
import java.time.LocalDate;

import org.lianxin.opinion.IntakeChannel;

/**
 * A case as lists show it: no contact data.
 *
 * @param overdue whether the current stage is past its due date
 */
public record CaseRow(long id, String trackingCode, OffsetDateTime receivedAt, LocalDate collectedOn,
		String categoryName, String regionCode, String regionName, IntakeChannel channel, OpinionStatus status,
		String leadAgencyName, LocalDate stageDueOn, boolean overdue, int escalationLevel, boolean urgent,
		boolean lateEntry, String summary) {
}
