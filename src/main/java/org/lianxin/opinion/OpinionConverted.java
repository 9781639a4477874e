package org.lianxin.opinion;

import java.time.LocalDate;

/**
 * The office converted a case into a deputy's suggestion (转为代表建议); the suggestion module
 * receives it as a draft for the deputy.
 *
 * @param deputyId the deputy whose code the citizen used or who collected the case, else
 * {@code null}
 * @param recordedBy the staff account that recorded the case (a deputy's own), else
 * {@code null}
 * @param description what the citizen wrote, for the deputy to work into a suggestion
 * @param note why the office converted it
 */
public record OpinionConverted(long opinionId, String trackingCode, String regionCode, Long deputyId, Long recordedBy,
		String description, String note, LocalDate convertedOn) {
}
