package org.lianxin.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses the form of an error for the caller: a protocol's own where one claims the path
 * (Open311), an {@link ApiError} for the JSON API, the friendly page for people. A 503
 * always says when to try again.
 */
@Component
class ErrorAnswers {

	private final List<ErrorFormat> formats;

	ErrorAnswers(List<ErrorFormat> formats) {
		this.formats = formats;
	}

	Object answer(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			ApiError error) {
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		}
		ErrorFormat format = formatFor(path);
		if (format != null) {
			return format.write(request, status, error.message());
		}
		if (ApiErrors.isApiRequest(path)) {
			return ResponseEntity.status(status).body(error);
		}
		return new ModelAndView("error", Map.of("status", status.value(), "message", error.message()), status);
	}

	/**
	 * For a filter, where no controller writes the answer: writes the error in the format
	 * that claims the path, if one does.
	 */
	boolean writeInOwnFormat(HttpServletRequest request, HttpServletResponse response, String path, HttpStatus status,
			String message) throws IOException {
		ErrorFormat format = formatFor(path);
		if (format == null) {
			return false;
		}
		ResponseEntity<String> answer = format.write(request, status, message);
		response.setStatus(answer.getStatusCode().value());
		answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(answer.getBody());
		return true;
	}

	private ErrorFormat formatFor(String path) {
		return (path == null) ? null
				: this.formats.stream().filter(format -> format.handles(path)).findFirst().orElse(null);
	}

}
