package org.lianxin.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.lianxin.platform.files.UploadLimits;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns what went wrong in a request into an answer a person can read: an
 * {@link ApiError} with the right 4xx status for the JSON API, the friendly error page
 * for everyone else. Access decisions are left to Spring Security, which sends anonymous
 * visitors to the login page.
 */
@ControllerAdvice
class ErrorResponses {

	private static final Logger logger = LoggerFactory.getLogger(ErrorResponses.class);

	private final MessageSource messages;

	private final ApiErrors errors;

	private final ErrorAnswers answers;

	ErrorResponses(MessageSource messages, ApiErrors errors, ErrorAnswers answers) {
		this.messages = messages;
		this.errors = errors;
		this.answers = answers;
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
	Object unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		if (BoundedBody.TooLarge.causedBy(ex)) {
			answerUnread(request, response, locale);
			return null;
		}
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
		// most are refused earlier, by OversizedRequests; this is what slips past it
		String message = this.messages.getMessage("upload.too-large",
				new Object[] { UploadLimits.MAX_FILE_MEGABYTES, UploadLimits.MAX_FILES }, locale);
		return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of("payload_too_large", message));
	}

	@ExceptionHandler(RuleViolationException.class)
	Object ruleViolation(RuleViolationException ex, HttpServletRequest request, Locale locale) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (RuleViolationException each : ex.each()) {
			if (each.field() != null) {
				fields.putIfAbsent(each.field(), this.messages.getMessage(each.messageKey(), each.arguments(), locale));
			}
		}
		return respond(request, HttpStatus.CONFLICT, new ApiError("rule_violation", message, fields));
	}

	/**
	 * A body sent in chunks ran past the limit, and the rest of it is still on its way:
	 * the answer goes out whole, with its length, before the container would read the
	 * rest (a client that stops sending on an early answer would otherwise never get the
	 * end of it), and the connection is closed after it.
	 */
	private void answerUnread(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
		ApiError error = this.errors.forStatus(status, locale);
		ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
		if (!this.errors.writeInOwnFormat(request, whole, status, error.message())) {
			this.errors.write(whole, status, error);
		}
		whole.setHeader(HttpHeaders.CONNECTION, "close");
		whole.copyBodyToResponse();
		response.flushBuffer();
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

	/**
	 * The database did not answer in time or is gone: the request is not at fault, and
	 * nothing it asked for was done, so the caller may simply try again.
	 */
	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		logger.warn("The database is unavailable ({}); answered {} with 503", ex.getClass().getSimpleName(),
				request.getRequestURI());
		return respond(request, HttpStatus.SERVICE_UNAVAILABLE,
				this.errors.forStatus(HttpStatus.SERVICE_UNAVAILABLE, locale));
	}

	private Object respond(HttpServletRequest request, HttpStatus status, ApiError error) {
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		return this.answers.answer(request, response, request.getRequestURI(), status, error);
	}

}
