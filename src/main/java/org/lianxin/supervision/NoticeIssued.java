package org.lianxin.supervision;

import java.time.LocalDate;

/**
 * A reminder or supervision notice was issued, after the watch's batch committed. The
 * module owning the subject listens (filtering on {@code subject}) and words the message
 * to the agency or office.
 *
 * @param level the supervision level, 0 for a reminder
 * @param agencyId the agency that must act, or {@code null} for the region's office
 */
public record NoticeIssued(long noticeId, String subject, long subjectId, NoticeKind kind, int level, LocalDate dueOn,
		String regionCode, Long agencyId) {
}
