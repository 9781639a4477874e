package org.lianxin.platform.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one place every unhandled error lands: JSON {@link ApiError} for the API, a
 * friendly page in the user's language for people. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ApiErrors errors;

	private final ErrorAnswers answers;

	ErrorPages(ApiErrors errors, ErrorAnswers answers) {
		this.errors = errors;
		this.answers = answers;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpStatus status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ApiError error = (request.getAttribute(StorableTextFilter.REFUSAL) instanceof UnstorableInputException refused)
				? this.errors.forRefusal(refused, null, locale) : this.errors.forStatus(status, locale);
		return this.answers.answer(request, response, path, status, error);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		// a failure in a filter (the session store, say) while the database is out
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseUnavailable.causedBy(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// opened directly, not forwarded here by an error: there is no such page
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
