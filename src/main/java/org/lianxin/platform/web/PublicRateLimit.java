package org.lianxin.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What anyone may send without an account (opinions, opinions on draft laws, Open311
 * requests, tracking look-ups, ratings, sign-in attempts) is limited per client address:
 * a bucket of {@code lianxin.rate-limit.burst} requests refilled at
 * {@code lianxin.rate-limit.per-minute}. Past it, 429 with Retry-After, and nothing is
 * written. The buckets are in the database ({@link RateLimitBuckets}), so behind a load
 * balancer every node counts against the same allowance.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

	@Bean
	RateLimitBuckets rateLimitBuckets(DataSource dataSource,
			@Value("${lianxin.rate-limit.per-minute:20}") int perMinute,
			@Value("${lianxin.rate-limit.burst:10}") int burst) {
		return new RateLimitBuckets(dataSource, perMinute, burst, TimeMeter.SYSTEM_MILLISECONDS);
	}

	@Bean
	FilterRegistrationBean<Limiter> publicRateLimitFilter(RateLimitBuckets buckets, ApiErrors errors,
			MessageSource messages, LocaleResolver locales) {
		FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(
				new Limiter(buckets, errors, messages, locales));
		// "/v/*": what is sent from a venue's QR pages (opinions on a draft law);
		// "/public/*", "/api/v1/public/*": public surveys' votes, comments on candidates
		registration.addUrlPatterns("/opinion/new", "/track", "/track/*", "/open311/*", "/login", "/api/v1/auth/token",
				"/v/*", "/public/*", "/api/v1/public/*");
		// before the framework, so a flood costs as little as possible
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** A client's bucket, once full again, is deleted by a background job on one node. */
	@Bean
	RecurringTask<Void> rateLimitCleanupTask(RateLimitBuckets buckets) {
		return Tasks.recurring("rate-limit-cleanup", FixedDelay.of(Duration.ofMinutes(10)))
			.execute((instance, context) -> {
				while (buckets.removeFull(1000) == 1000) {
					// another batch
				}
			});
	}

	static final class Limiter extends OncePerRequestFilter {

		private static final Logger logger = LoggerFactory.getLogger(Limiter.class);

		private final RateLimitBuckets buckets;

		private final ApiErrors errors;

		private final MessageSource messages;

		private final LocaleResolver locales;

		Limiter(RateLimitBuckets buckets, ApiErrors errors, MessageSource messages, LocaleResolver locales) {
			this.buckets = buckets;
			this.errors = errors;
			this.messages = messages;
			this.locales = locales;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			// reading is free, except Open311's request lists, which other systems poll;
			// what writes or checks a secret is counted
			return !"POST".equals(request.getMethod()) && !("GET".equals(request.getMethod())
					&& request.getRequestURI().startsWith("/open311/v2/requests"));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long waitSeconds = take(ClientKey.of(request));
			if (waitSeconds == 0) {
				chain.doFilter(request, response);
				return;
			}
			response.setHeader("Retry-After", String.valueOf(waitSeconds));
			Locale locale = this.locales.resolveLocale(request);
			String message = this.messages.getMessage("error.rate-limited", new Object[] { waitSeconds }, locale);
			String uri = request.getRequestURI();
			if (this.errors.writeInOwnFormat(request, response, HttpStatus.TOO_MANY_REQUESTS, message)) {
				return;
			}
			if (ApiErrors.isApiRequest(uri)) {
				this.errors.write(response, HttpStatus.TOO_MANY_REQUESTS, ApiError.of("too_many_requests", message));
			}
			else {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setContentType("text/html;charset=UTF-8");
				response.getWriter()
					.write("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><meta name=\"viewport\" "
							+ "content=\"width=device-width, initial-scale=1\"><title>429</title><body style=\""
							+ "font-family:sans-serif;padding:1rem;font-size:1.2rem\"><p>"
							+ org.springframework.web.util.HtmlUtils.htmlEscape(message) + "</p></body></html>");
			}
		}

		/**
		 * @return 0 if the request may pass, else the seconds until it would
		 */
		private long take(String client) {
			try {
				return this.buckets.take(client);
			}
			catch (BucketExceptions.BucketExecutionException ex) {
				// without the database nothing is written anyway, and the request gets
				// the
				// application's own "try again shortly"; a limit must not be why
				logger.warn("The public rate limit could not be checked, request let through: {}", ex.toString());
				return 0;
			}
		}

	}

}
