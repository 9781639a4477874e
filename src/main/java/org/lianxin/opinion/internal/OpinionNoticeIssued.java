package org.lianxin.opinion.internal;

import java.time.LocalDate;

/**
 * A reminder (催办) or supervision notice (督办单) was issued for a case.
 *
 * @param kind {@code REMINDER} or {@code SUPERVISION}
 * @param level the supervision level, 0 for a reminder
 * @param stageDueOn when the case's stage runs or ran out
 * @param agencyId the agency that must act, or {@code null} for the region's office
 */
public record OpinionNoticeIssued(long noticeId, long opinionId, String kind, int level, LocalDate stageDueOn,
		String regionCode, Long agencyId) {
}
