package org.lianxin.survey;

import java.time.Instant;

/** A survey in a list. */
public record SurveyRow(long id, String regionCode, String regionName, String series, int year, String title,
		SurveyScale scale, String state, Instant opensAt, Instant closesAt) {
}
