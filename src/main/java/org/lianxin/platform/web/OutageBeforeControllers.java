package org.lianxin.platform.web;

import java.io.IOException;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A database outage that strikes before any controller, above all the session store
 * looking up a signed-in user's cookie, is answered 503 with {@code Retry-After} in the
 * caller's form. Left to the container, the error page would need the same session store,
 * fail the same way, and Tomcat would answer with its own English 500 page.
 */
@Configuration(proxyBeanMethods = false)
class OutageBeforeControllers {

	@Bean
	FilterRegistrationBean<Answer> outageBeforeControllersFilter(ApiErrors errors, LocaleResolver locales) {
		FilterRegistrationBean<Answer> registration = new FilterRegistrationBean<>(new Answer(errors, locales));
		// outside the session store (Spring Session's filter runs at HIGHEST_PRECEDENCE +
		// 50)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

	static final class Answer extends OncePerRequestFilter {

		private static final Logger logger = LoggerFactory.getLogger(OutageBeforeControllers.class);

		private final ApiErrors errors;

		private final LocaleResolver locales;

		Answer(ApiErrors errors, LocaleResolver locales) {
			this.errors = errors;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
					throw ex;
				}
				logger.warn("The database is unavailable ({}); answered {} with 503", ex.getClass().getSimpleName(),
						request.getRequestURI());
				answer(request, response);
			}
		}

		private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
			this.errors.writeOutsideMvc(request, response, status,
					this.errors.forStatus(status, this.locales.resolveLocale(request)).message());
		}

	}

}
