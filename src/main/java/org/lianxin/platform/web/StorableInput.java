package org.lianxin.platform.web;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;

/**
 * What PostgreSQL can store, checked where input enters: text without NUL characters or
 * halves of a UTF-16 surrogate pair (PostgreSQL refuses the one, the driver cannot encode
 * the other), and dates in years a person could mean. Anything else is refused with a 400
 * before it reaches a query, instead of failing there as a 500.
 */
public final class StorableInput {

	/** The earliest year a date sent to us may have: before any deputy was born. */
	public static final int FIRST_YEAR = 1900;

	/** The latest year a date sent to us may have: far beyond any term or deadline. */
	public static final int LAST_YEAR = 2200;

	private StorableInput() {
	}

	public static boolean isStorableText(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Dates (and dates with times) must fall in {@link #FIRST_YEAR}..{@link #LAST_YEAR}.
	 */
	public static boolean isStorableDate(TemporalAccessor value) {
		if (!value.isSupported(ChronoField.YEAR)) {
			return true;
		}
		int year = value.get(ChronoField.YEAR);
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/**
	 * Throws if a value converted from a request is text or a date that cannot be stored;
	 * collections and arrays are checked element by element.
	 */
	public static void check(Object value) {
		if (value instanceof CharSequence text && !isStorableText(text)) {
			throw new UnstorableInputException(UnstorableInputException.Kind.TEXT, null);
		}
		if (value instanceof TemporalAccessor date && !isStorableDate(date)) {
			throw new UnstorableInputException(UnstorableInputException.Kind.DATE, null);
		}
		if (value instanceof Collection<?> values) {
			values.forEach(StorableInput::check);
		}
		if (value instanceof Object[] values) {
			for (Object each : values) {
				check(each);
			}
		}
	}

}
