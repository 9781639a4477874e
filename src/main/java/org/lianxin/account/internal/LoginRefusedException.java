package org.lianxin.account.internal;

import java.io.Serializable;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a login was refused, as a message key and its arguments, so the login page can say
 * it in the user's language (the exception is kept in the session until the page shows
 * it).
 */
public class LoginRefusedException extends AuthenticationException {

	private final String messageKey;

	private final Serializable[] arguments;

	public LoginRefusedException(String messageKey, Serializable... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
