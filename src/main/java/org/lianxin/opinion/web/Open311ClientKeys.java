package org.lianxin.opinion.web;

import jakarta.servlet.http.HttpServletRequest;

import org.lianxin.opinion.internal.Open311Keys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may post service requests: any client, or only those with a key an administrator
 * issued ({@code lianxin.open311.api-key-required}, on in {@code prod}). A key that is
 * sent must be valid either way.
 */
@Component
class Open311ClientKeys {

	private final Open311Keys keys;

	private final boolean required;

	Open311ClientKeys(Open311Keys keys, @Value("${lianxin.open311.api-key-required:false}") boolean required) {
		this.keys = keys;
		this.required = required;
	}

	/**
	 * @throws Open311Error 403 in the spec's form when the request's key does not admit
	 * it
	 */
	void requireAdmitted(HttpServletRequest request) {
		String key = request.getParameter("api_key");
		boolean sent = key != null && !key.isBlank();
		if ((sent || this.required) && !this.keys.admits(key)) {
			throw new Open311Error(HttpStatus.FORBIDDEN, sent ? "open311.api-key.invalid" : "open311.api-key.missing");
		}
	}

}
