package org.lianxin.legislation.internal;

import java.time.LocalDate;

/**
 * What the office types to enrol an informant.
 *
 * @param consent whether the person agreed to be enrolled and contacted (required)
 * @param consentedOn the day they agreed; today when left blank
 * @param deputyId the deputy they are, if they are one (field DEPUTY): what they give
 * counts as their duty
 */
public record NewInformant(String name, String field, String workplace, String phone, boolean consent,
		LocalDate consentedOn, Long deputyId) {

	/** Someone who is not a deputy. */
	public NewInformant(String name, String field, String workplace, String phone, boolean consent,
			LocalDate consentedOn) {
		this(name, field, workplace, phone, consent, consentedOn, null);
	}

}
