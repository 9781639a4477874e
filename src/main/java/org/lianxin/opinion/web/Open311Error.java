package org.lianxin.opinion.web;

import org.springframework.http.HttpStatus;

/**
 * A request the GeoReport v2 spec says to answer with an error: a status and a message
 * key, written in the spec's {@code [{code, description}]} form by the controller.
 */
final class Open311Error extends RuntimeException {

	private final HttpStatus status;

	private final transient Object[] arguments;

	Open311Error(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.arguments = arguments;
	}

	HttpStatus status() {
		return this.status;
	}

	String messageKey() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments;
	}

}
