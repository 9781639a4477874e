package org.lianxin.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * What anyone may send without an account (opinions, Open311 requests, tracking look-ups,
 * ratings, sign-in attempts) is limited per client address: a bucket of
 * {@code lianxin.rate-limit.burst} requests refilled at
 * {@code lianxin.rate-limit.per-minute}. Past it, 429 with Retry-After, and nothing is
 * written. Per node: behind a load balancer each node keeps its own count.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

	@Bean
	FilterRegistrationBean<Limiter> publicRateLimitFilter(@Value("${lianxin.rate-limit.per-minute:20}") int perMinute,
			@Value("${lianxin.rate-limit.burst:10}") int burst, ApiErrors errors, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(
				new Limiter(perMinute, burst, errors, messages, locales));
		registration.addUrlPatterns("/opinion/new", "/track", "/track/*", "/open311/*", "/login", "/api/v1/auth/token");
		// before the framework, so a flood costs as little as possible
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static final class Limiter extends OncePerRequestFilter {

		/** Clients not seen for this long are forgotten. */
		private static final long FORGET_AFTER_NANOS = 10L * 60 * 1_000_000_000;

		private final double tokensPerNano;

		private final int burst;

		private final ApiErrors errors;

		private final MessageSource messages;

		private final LocaleResolver locales;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		Limiter(int perMinute, int burst, ApiErrors errors, MessageSource messages, LocaleResolver locales) {
			this.tokensPerNano = perMinute / 60e9;
			this.burst = burst;
			this.errors = errors;
			this.messages = messages;
			this.locales = locales;
		}

		private static final class Bucket {

			double tokens;

			long updated;

			Bucket(double tokens, long updated) {
				this.tokens = tokens;
				this.updated = updated;
			}

		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			// reading is free; only what writes or checks a secret is counted
			return !"POST".equals(request.getMethod());
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long waitSeconds = take(request.getRemoteAddr(), System.nanoTime());
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
		long take(String client, long now) {
			if (this.buckets.size() > 100_000) {
				this.buckets.values().removeIf(b -> now - b.updated > FORGET_AFTER_NANOS);
			}
			Bucket bucket = this.buckets.computeIfAbsent(client, c -> new Bucket(this.burst, now));
			synchronized (bucket) {
				bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updated) * this.tokensPerNano);
				bucket.updated = now;
				if (bucket.tokens >= 1) {
					bucket.tokens -= 1;
					return 0;
				}
				return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / this.tokensPerNano / 1e9));
			}
		}

	}

}
