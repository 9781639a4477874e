package org.lianxin.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what went wrong in a JSON API call into an {@link ApiError} with the right 4xx
 * status and a message in the caller's language. Page controllers are left to their forms
 * and the friendly error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private final MessageSource messages;

	private final ApiErrors errors;

	ApiExceptionHandler(MessageSource messages, ApiErrors errors) {
		this.messages = messages;
		this.errors = errors;
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ApiError> invalidFields(BindException ex, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		String message = this.messages.getMessage("error.validation", null, locale);
		return ResponseEntity.badRequest().body(new ApiError("validation_failed", message, fields));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> fields.putIfAbsent(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale))));
		String message = this.messages.getMessage("error.validation", null, locale);
		return ResponseEntity.badRequest().body(new ApiError("validation_failed", message, fields));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadableBody(Locale locale) {
		return ResponseEntity.badRequest()
			.body(ApiError.of("malformed_body", this.messages.getMessage("error.malformed-body", null, locale)));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> badParameter(Exception ex, Locale locale) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		String message = this.messages.getMessage("error.bad-parameter", new Object[] { name }, locale);
		return ResponseEntity.badRequest().body(new ApiError("bad_parameter", message, Map.of(name, message)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(Locale locale) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(this.errors.forStatus(HttpStatus.NOT_FOUND, locale));
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ApiError> ruleViolation(RuleViolationException ex, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		Map<String, String> fields = (ex.field() != null) ? Map.of(ex.field(), message) : Map.of();
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("rule_violation", message, fields));
	}

}
