package org.lianxin.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one place every unhandled error lands: JSON {@link ApiError} for the API, a
 * friendly page in the user's language for people. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ApiErrors errors;

	ErrorPages(ApiErrors errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ApiError error = (request.getAttribute(StorableTextFilter.REFUSAL) instanceof UnstorableInputException refused)
				? this.errors.forRefusal(refused, null, locale) : this.errors.forStatus(status, locale);
		if (ApiErrors.isApiRequest(path)) {
			return ResponseEntity.status(status).body(error);
		}
		return ErrorResponses.errorPage(status, error.message());
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
