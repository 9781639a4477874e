package org.lianxin.legislation.internal;

import java.time.LocalDate;

/**
 * What the office types to enrol an informant.
 *
 * @param consent whether the person agreed to be enrolled and contacted (required)
 * @param consentedOn the day they agreed; today when left blank
 */
public record NewInformant(String name, String field, String workplace, String phone, boolean consent,
		LocalDate consentedOn) {
}
