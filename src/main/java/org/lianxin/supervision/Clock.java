package org.lianxin.supervision;

import java.time.LocalDate;

/**
 * One running deadline of one subject, as its module reports it to the watch.
 *
 * @param subjectId the subject's id in its module (a case, a suggestion, a promised
 * item…)
 * @param stage the state the deadline belongs to (e.g. {@code ASSIGNED}); a step to
 * another state starts a new clock
 * @param dueOn the last working day to act
 * @param regionCode the subject's region, for the office that supervises it
 * @param agencyId the agency that must act, or {@code null} when the office must
 * @param level the escalation level the subject has reached on this clock, 0 if none
 */
public record Clock(long subjectId, String stage, LocalDate dueOn, String regionCode, Long agencyId, int level) {
}
