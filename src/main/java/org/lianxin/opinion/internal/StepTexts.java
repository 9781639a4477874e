package org.lianxin.opinion.internal;

import org.lianxin.platform.web.RuleViolationException;

/** The texts a step carries: required or optional, and never longer than allowed. */
final class StepTexts {

	/** The longest reason, reply or note a step carries. */
	static final int MAX_TEXT = 2000;

	/** The most working days one extension may add. */
	static final int MAX_EXTENSION_DAYS = 30;

	/** The longest reason for an extension. */
	static final int MAX_EXTENSION_REASON = 500;

	private StepTexts() {
	}

	static void require(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(field, "opinion.text.required");
		}
		optional(field, text, MAX_TEXT);
	}

	static void optional(String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			throw new RuleViolationException(field, "opinion.too-long", max);
		}
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
