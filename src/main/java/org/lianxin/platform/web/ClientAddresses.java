package org.lianxin.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who a request comes from, as the public rate limit counts clients ({@link ClientKey}):
 * the one place other modules get a client's key from, so that sign-in and look-up
 * throttling count the same clients as the rate limit.
 */
@Component
public class ClientAddresses {

	/** The key of the client sending this request. */
	public String keyOf(HttpServletRequest request) {
		return ClientKey.of(request);
	}

	/**
	 * The key of the client sending the request being handled on this thread, or
	 * {@code "unknown"} outside a request.
	 */
	public String currentKey() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return keyOf(attributes.getRequest());
		}
		return "unknown";
	}

}
