package org.lianxin.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An error body of a protocol's own, for the paths that speak it (Open311's
 * {@code [{code, description}]}, say): every error on those paths, from a controller, a
 * filter, the container or a database outage, is written this way instead of as a page or
 * an {@link ApiError}.
 */
public interface ErrorFormat {

	/** Whether errors on this request's path are written by this format. */
	boolean handles(String path);

	ResponseEntity<String> write(HttpServletRequest request, HttpStatus status, String message);

}
