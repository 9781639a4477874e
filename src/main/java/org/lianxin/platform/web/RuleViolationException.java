package org.lianxin.platform.web;

import java.util.List;

/**
 * A request that is well-formed but breaks a business rule (a duplicate code, an illegal
 * state change). Carries a message-bundle key so the user reads it in their own language;
 * pages show it on the form, the API answers 409 with it.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * The form field the violation belongs to, or {@code null} for the form as a whole.
	 */
	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments;
	}

	/**
	 * Every rule the request broke, this one first: a form shows each beside its field at
	 * once instead of one per submission.
	 */
	public List<RuleViolationException> each() {
		return List.of(this);
	}

}
