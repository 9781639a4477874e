package org.lianxin.oversight.internal;

import org.lianxin.platform.web.RuleViolationException;

/** How the oversight forms' texts are taken: stripped, blank as none, within a length. */
final class Texts {

	private Texts() {
	}

	/**
	 * The text stripped, {@code null} when blank; refused when longer than {@code max}.
	 */
	static String stripped(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new RuleViolationException(null, "oversight.too-long", max);
		}
		return text;
	}

	/** The value, refused with the given message on the given field when missing. */
	static <T> T required(String field, T value, String messageKey) {
		if (value == null) {
			throw new RuleViolationException(field, messageKey);
		}
		return value;
	}

}
