package org.lianxin.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.lianxin.supervision.NoticeKind;

/**
 * A reminder or supervision notice as a list shows it.
 *
 * @param label how staff know the subject (a tracking code), or its id
 * @param path where staff open the subject
 * @param agencyName the agency that must act, {@code null} for the region's office
 */
public record NoticeRow(long id, String subject, long subjectId, String label, String path, String stage,
		NoticeKind kind, int level, LocalDate dueOn, String regionName, String agencyName, OffsetDateTime issuedAt) {
}
