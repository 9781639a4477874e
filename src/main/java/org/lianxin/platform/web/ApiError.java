package org.lianxin.platform.web;

import java.util.Map;

/**
 * The body of every JSON API error: a stable machine code, a message in the request's
 * language, and per-field messages where the input was at fault.
 */
public record ApiError(String error, String message, Map<String, String> fields) {

	public static ApiError of(String error, String message) {
		return new ApiError(error, message, Map.of());
	}

}
