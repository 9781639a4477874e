package org.lianxin.opinion.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.platform.web.ErrorFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every error under {@code /open311/} in the spec's {@code [{code, description}]} form,
 * in the format the client asked for: the controller's own refusals, and also what
 * happens before or around it (a body too large, a bad parameter, the database out).
 */
@Component
class Open311Errors implements ErrorFormat {

	private final JsonMapper json;

	Open311Errors(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean handles(String path) {
		return path.startsWith("/open311/");
	}

	@Override
	public ResponseEntity<String> write(HttpServletRequest request, HttpStatus status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return Open311Format.write(this.json, formatOf(request), status, "errors", "error", List.of(error));
	}

	private static String formatOf(HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		if (path.endsWith(".xml")) {
			return "xml";
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return (!path.endsWith(".json") && accept != null && accept.contains("xml") && !accept.contains("json")) ? "xml"
				: "json";
	}

}
