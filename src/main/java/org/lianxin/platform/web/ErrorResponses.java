package org.lianxin.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.DatabindException;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what went wrong in a request into an answer a person can read: an
 * {@link ApiError} with the right 4xx status for the JSON API, the friendly error page
 * for everyone else. Access decisions are left to Spring Security, which sends anonymous
 * visitors to the login page.
 */
@ControllerAdvice
class ErrorResponses {

	private final MessageSource messages;

	private final ApiErrors errors;

	ErrorResponses(MessageSource messages, ApiErrors errors) {
		this.messages = messages;
		this.errors = errors;
	}

	@ExceptionHandler(BindException.class)
	Object invalidFields(BindException ex, HttpServletRequest request, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		return respond(request, HttpStatus.BAD_REQUEST,
				new ApiError("validation_failed", this.messages.getMessage("error.validation", null, locale), fields));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> fields.putIfAbsent(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale))));
		return respond(request, HttpStatus.BAD_REQUEST,
				new ApiError("validation_failed", this.messages.getMessage("error.validation", null, locale), fields));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request, Locale locale) {
		if (ex.getMostSpecificCause() instanceof UnstorableInputException refused) {
			// the JSON property is where Jackson was when the value was refused
			String field = (ex.getCause() instanceof DatabindException json) ? propertyPath(json) : null;
			return respond(request, HttpStatus.BAD_REQUEST, this.errors.forRefusal(refused, field, locale));
		}
		return respond(request, HttpStatus.BAD_REQUEST,
				ApiError.of("malformed_body", this.messages.getMessage("error.malformed-body", null, locale)));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request, Locale locale) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof UnstorableInputException refused) {
			return respond(request, HttpStatus.BAD_REQUEST, this.errors.forRefusal(refused, name, locale));
		}
		String message = this.messages.getMessage("error.bad-parameter", new Object[] { name }, locale);
		return respond(request, HttpStatus.BAD_REQUEST, new ApiError("bad_parameter", message, Map.of(name, message)));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.NOT_FOUND, this.errors.forStatus(HttpStatus.NOT_FOUND, locale));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED,
				this.errors.forStatus(HttpStatus.METHOD_NOT_ALLOWED, locale));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				this.errors.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable() {
		// the client accepts nothing we can write, so the answer has no body
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.PAYLOAD_TOO_LARGE,
				this.errors.forStatus(HttpStatus.PAYLOAD_TOO_LARGE, locale));
	}

	@ExceptionHandler(RuleViolationException.class)
	Object ruleViolation(RuleViolationException ex, HttpServletRequest request, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		Map<String, String> fields = (ex.field() != null) ? Map.of(ex.field(), message) : Map.of();
		return respond(request, HttpStatus.CONFLICT, new ApiError("rule_violation", message, fields));
	}

	/** Input refused where no parameter name is at hand. */
	@ExceptionHandler(UnstorableInputException.class)
	Object unstorable(UnstorableInputException ex, HttpServletRequest request, Locale locale) {
		return respond(request, HttpStatus.BAD_REQUEST, this.errors.forRefusal(ex, null, locale));
	}

	private static String propertyPath(DatabindException ex) {
		return ex.getPath()
			.stream()
			.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: String.valueOf(reference.getIndex()))
			.collect(Collectors.joining("."));
	}

	private static Object respond(HttpServletRequest request, HttpStatus status, ApiError error) {
		if (ApiErrors.isApiRequest(request.getRequestURI())) {
			return ResponseEntity.status(status).body(error);
		}
		return errorPage(status, error.message());
	}

	static ModelAndView errorPage(HttpStatus status, String message) {
		return new ModelAndView("error", Map.of("status", status.value(), "message", message), status);
	}

}
