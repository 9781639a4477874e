package org.lianxin.suggestion.internal;

import org.lianxin.platform.web.RuleViolationException;

/**
 * The texts a suggestion's steps carry: required or optional, never longer than allowed.
 */
final class SuggestionTexts {

	static final int MAX_TITLE = 100;

	static final int MAX_BODY = 5000;

	static final int MAX_NOTE = 1000;

	static final int MAX_NAME = 64;

	private SuggestionTexts() {
	}

	static String require(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(field, "suggestion.text.required");
		}
		return optional(field, text, max);
	}

	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw new RuleViolationException(field, "suggestion.text.too-long", max);
		}
		return text.strip();
	}

}
