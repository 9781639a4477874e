package org.lianxin.platform.web;

/**
 * Input refused by {@link StorableInput}: a client's mistake, answered with a 400 that
 * names the field, never logged with a stack trace (so none is recorded).
 */
public class UnstorableInputException extends RuntimeException {

	/** What was wrong; each has its error code and message key ({0} is the field). */
	public enum Kind {

		TEXT("unstorable_text", "error.unstorable-text"),

		TEXT_IN_PATH("unstorable_text", "error.unstorable-path"),

		DATE("date_out_of_range", "error.date-out-of-range");

		final String code;

		final String messageKey;

		Kind(String code, String messageKey) {
			this.code = code;
			this.messageKey = messageKey;
		}

	}

	private final Kind kind;

	private final String field;

	/**
	 * @param field the parameter, header or JSON property, or {@code null} where whoever
	 * catches this knows it better
	 */
	public UnstorableInputException(Kind kind, String field) {
		super(kind.messageKey, null, false, false);
		this.kind = kind;
		this.field = field;
	}

	public Kind kind() {
		return this.kind;
	}

	public String field() {
		return this.field;
	}

}
