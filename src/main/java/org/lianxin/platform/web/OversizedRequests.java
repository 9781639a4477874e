package org.lianxin.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.lianxin.platform.files.UploadLimits;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a request body that is too large before anyone reads it, and answers in the
 * caller's format: JSON for the API, the GeoReport error list for Open311, and for people
 * a page in their language telling them to go back, where the browser still holds what
 * they typed.
 * <p>
 * Why here and not in a controller: a declared length over the limit is refused without
 * reading a byte, and a form whose body cannot be parsed (a body without a declared
 * length that runs past the limit) is found out here, before Spring Security reads the
 * form for its CSRF token. Left to them, Tomcat's parser fails inside the security
 * filters, the error page fails the same way, and Tomcat answers with its own English
 * "HTTP Status 413".
 */
class OversizedRequests extends OncePerRequestFilter {

	private final ApiErrors errors;

	private final MessageSource messages;

	private final LocaleResolver locales;

	OversizedRequests(ApiErrors errors, MessageSource messages, LocaleResolver locales) {
		this.errors = errors;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > UploadLimits.MAX_REQUEST_BYTES) {
			refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE);
			return;
		}
		HttpStatus unparsable = parseForm(request);
		if (unparsable != null) {
			refuse(request, response, unparsable);
			return;
		}
		if (request.getContentLengthLong() >= 0) {
			chain.doFilter(request, response);
			return;
		}
		// a body read past the limit is answered where it is read (ErrorResponses)
		chain.doFilter(new BoundedBody(request, UploadLimits.MAX_REQUEST_BYTES), response);
	}

	/**
	 * Parses a posted form now (the container keeps the result for everyone after):
	 * {@code null} when it parses, else the status its failure calls for.
	 */
	private static HttpStatus parseForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (!"POST".equals(request.getMethod()) || type == null) {
			return null;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("multipart/form-data") && !lower.startsWith("application/x-www-form-urlencoded")) {
			return null;
		}
		try {
			request.getParameterMap();
			return null;
		}
		catch (InvalidParameterException ex) {
			return (ex.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) ? HttpStatus.PAYLOAD_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
		}
		catch (IllegalStateException ex) {
			return HttpStatus.BAD_REQUEST;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws IOException {
		this.errors.writeOutsideMvc(request, response, status, message(status, this.locales.resolveLocale(request)));
	}

	private String message(HttpStatus status, Locale locale) {
		if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
			return this.messages.getMessage("upload.too-large",
					new Object[] { UploadLimits.MAX_FILE_MEGABYTES, UploadLimits.MAX_FILES }, locale);
		}
		return this.errors.forStatus(status, locale).message();
	}

}
