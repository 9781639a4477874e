package org.lianxin.legislation.internal;

import java.time.LocalDate;

/**
 * What the office types when a consultation task arrives.
 *
 * @param pointId the contact point that consults
 * @param sourceLevel a {@link SourceLevel} name
 * @param sourceBody who sent it, e.g. 辽宁省人大常委会法制工作委员会
 * @param receivedOn the day it arrived; today when left blank
 */
public record NewConsultation(long pointId, String sourceLevel, String sourceBody, String title, LocalDate receivedOn,
		LocalDate answerDueOn) {
}
