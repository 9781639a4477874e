package org.lianxin.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes {@link ApiError} bodies where no controller is involved: the security filters
 * and the error dispatch. One place decides the codes and messages for each HTTP status.
 */
@Component
public class ApiErrors {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	private final ErrorAnswers answers;

	ApiErrors(MessageSource messages, JsonMapper json, LocaleResolver locales, ErrorAnswers answers) {
		this.answers = answers;
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	public static boolean isApiRequest(String path) {
		return path != null && (path.startsWith("/api/") || path.equals("/api"));
	}

	public ApiError forStatus(HttpStatus status, Locale locale) {
		String code = switch (status) {
			case BAD_REQUEST -> "bad_request";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not_found";
			case METHOD_NOT_ALLOWED -> "method_not_allowed";
			case NOT_ACCEPTABLE -> "not_acceptable";
			case CONFLICT -> "conflict";
			case PAYLOAD_TOO_LARGE -> "payload_too_large";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
			case TOO_MANY_REQUESTS -> "too_many_requests";
			case SERVICE_UNAVAILABLE -> "service_unavailable";
			default -> status.is4xxClientError() ? "bad_request" : "server_error";
		};
		String message = this.messages.getMessage("error.http." + status.value(), null,
				this.messages.getMessage(status.is4xxClientError() ? "error.http.4xx" : "error.http.5xx", null, locale),
				locale);
		return ApiError.of(code, message);
	}

	/**
	 * Input that cannot be stored: the message names {@code field} (the exception's own
	 * when {@code null}) and the years a date may have.
	 */
	public ApiError forRefusal(UnstorableInputException refused, String field, Locale locale) {
		String name = (field != null) ? field : String.valueOf(refused.field());
		String message = this.messages.getMessage(refused.kind().messageKey, new Object[] { name,
				String.valueOf(StorableInput.FIRST_YEAR), String.valueOf(StorableInput.LAST_YEAR) }, locale);
		return new ApiError(refused.kind().code, message, Map.of(name, message));
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		write(response, status, forStatus(status, this.locales.resolveLocale(request)));
	}

	public void write(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), error);
	}

	/**
	 * For what answers outside Spring MVC (filters, the container's error valve): the
	 * error in the caller's form, a protocol's own where one claims the path, JSON for
	 * the API, a plain page in the reader's language for people.
	 */
	public void writeOutsideMvc(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String message) throws IOException {
		if (writeInOwnFormat(request, response, status, message)) {
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		if (isApiRequest(request.getRequestURI())) {
			write(response, status, ApiError.of(forStatus(status, locale).error(), message));
			return;
		}
		PlainErrorPage.write(request, response, status, message, this.messages, locale);
	}

	/**
	 * For the filters that answer before any controller: writes the error in the format
	 * that claims the path (Open311's), if one does.
	 */
	public boolean writeInOwnFormat(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String message) throws IOException {
		return this.answers.writeInOwnFormat(request, response, request.getRequestURI(), status, message);
	}

}
