package org.lianxin.oversight.internal;

import java.time.LocalDate;

/**
 * A finding as entered on an activity's issue list.
 *
 * @param evidence what was seen, as words (photos come as files)
 * @param ruleConcerned the law or rule concerned, may be blank
 * @param agencyId the unit responsible for rectifying
 * @param followUpDays how many days after closing the follow-up visit (回头看) falls due
 */
public record NewIssueItem(String place, String description, String evidence, String ruleConcerned, Long agencyId,
		String rectificationRequired, LocalDate dueOn, Integer followUpDays) {
}
