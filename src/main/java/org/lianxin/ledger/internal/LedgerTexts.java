package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;

/**
 * How the ledger's forms are taken: texts stripped and bounded, days not in the future.
 */
final class LedgerTexts {

	private LedgerTexts() {
	}

	/**
	 * The text stripped; refused on {@code field} when blank or longer than {@code max}.
	 */
	static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new RuleViolationException(field, "ledger.required");
		}
		return text;
	}

	/**
	 * The text stripped, {@code null} when blank; refused when longer than {@code max}.
	 */
	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new RuleViolationException(field, "ledger.too-long", max);
		}
		return value.strip();
	}

	/** A day that has come: refused when missing or after today. */
	static LocalDate past(String field, LocalDate day, LocalDate today) {
		if (day == null) {
			throw new RuleViolationException(field, "ledger.required");
		}
		if (day.isAfter(today)) {
			throw new RuleViolationException(field, "ledger.date.future");
		}
		return day;
	}

	static int within(String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			throw new RuleViolationException(field, "ledger.number", min, max);
		}
		return value;
	}

}
