package org.lianxin.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;

/**
 * Refuses, before anything reads them, requests whose path, parameters (query, form and
 * multipart fields) or headers hold text PostgreSQL cannot store. One check for every
 * route, the sign-in form included (which Spring Security handles before any controller).
 * JSON bodies are checked as they are read ({@link StorableJson}).
 */
@Configuration(proxyBeanMethods = false)
class StorableTextFilter {

	/** The request attribute the error page finds the refusal under. */
	static final String REFUSAL = UnstorableInputException.class.getName();

	private static final Logger log = LoggerFactory.getLogger(StorableTextFilter.class);

	/** Names we repeat in the log; anything else a client made up is not echoed. */
	private static final Pattern LOGGABLE_NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,40}");

	@Bean
	FilterRegistrationBean<Refuser> storableTextFilterRegistration(ApiErrors errors, LocaleResolver locales) {
		FilterRegistrationBean<Refuser> registration = new FilterRegistrationBean<>(new Refuser(errors, locales));
		// after the character encoding is set (parameters are decoded with it), before
		// Spring Security reads the sign-in form
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	static final class Refuser extends OncePerRequestFilter {

		private final ApiErrors errors;

		private final LocaleResolver locales;

		Refuser(ApiErrors errors, LocaleResolver locales) {
			this.errors = errors;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			UnstorableInputException refused = refusal(request);
			if (refused == null) {
				chain.doFilter(request, response);
				return;
			}
			boolean inPath = refused.kind() == UnstorableInputException.Kind.TEXT_IN_PATH;
			log.warn("Refused {} {}: {} holds text the database cannot store", request.getMethod(),
					inPath ? "a request" : request.getRequestURI(), inPath ? "its path"
							: LOGGABLE_NAME.matcher(refused.field()).matches() ? refused.field() : "a field");
			Locale locale = this.locales.resolveLocale(request);
			if (this.errors.writeInOwnFormat(request, response, HttpStatus.BAD_REQUEST,
					this.errors.forRefusal(refused, null, locale).message())) {
				return;
			}
			// the error page answers in the caller's form (page or JSON) and language
			request.setAttribute(REFUSAL, refused);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}

		private static UnstorableInputException refusal(HttpServletRequest request) {
			if (!StorableInput.isStorableText(decodedPath(request))) {
				return new UnstorableInputException(UnstorableInputException.Kind.TEXT_IN_PATH, "path");
			}
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (!StorableInput.isStorableText(parameter.getKey())) {
					// the name itself is not repeated back
					return new UnstorableInputException(UnstorableInputException.Kind.TEXT, "?");
				}
				for (String value : parameter.getValue()) {
					if (value != null && !StorableInput.isStorableText(value)) {
						return new UnstorableInputException(UnstorableInputException.Kind.TEXT, parameter.getKey());
					}
				}
			}
			for (String name : Collections.list(request.getHeaderNames())) {
				for (String value : Collections.list(request.getHeaders(name))) {
					if (!StorableInput.isStorableText(value)) {
						return new UnstorableInputException(UnstorableInputException.Kind.TEXT, name);
					}
				}
			}
			return null;
		}

		private static String decodedPath(HttpServletRequest request) {
			try {
				return UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// not valid percent-encoding: routing answers that, not us
				return "";
			}
		}

	}

}
