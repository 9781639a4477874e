package org.lianxin.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The pages a QR code opens ({@code /d/<code>}, {@code /v/<code>}) are the same for
 * everyone who scans, so a rendered page is kept for a few seconds and served again
 * without going through the framework: a poster in a busy hall can be scanned by hundreds
 * at once. A change shows within {@link #TIME_TO_LIVE}.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCache {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

	static final int MAX_ENTRIES = 20_000;

	private static final Pattern CACHEABLE = Pattern.compile("/[dv]/[2-9A-Z]{8}");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	@Bean
	FilterRegistrationBean<CachingFilter> publicPageCacheFilter() {
		FilterRegistrationBean<CachingFilter> registration = new FilterRegistrationBean<>(
				new CachingFilter(this.pages));
		registration.addUrlPatterns("/d/*", "/v/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EvictOnChange> publicPageEvictionFilter() {
		FilterRegistrationBean<EvictOnChange> registration = new FilterRegistrationBean<>(
				new EvictOnChange(this.pages));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Empties the cache after every successful change, whatever it changed. */
	static final class EvictOnChange extends OncePerRequestFilter {

		private final Map<String, Page> pages;

		EvictOnChange(Map<String, Page> pages) {
			this.pages = pages;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
					|| "OPTIONS".equals(request.getMethod()) || leavesPublicPagesAlone(request.getRequestURI());
		}

		/**
		 * Citizens' submissions, tracking and ratings change no deputy's or venue's page;
		 * a flood of them must not empty the cache that keeps those pages fast.
		 */
		static boolean leavesPublicPagesAlone(String uri) {
			return uri.equals("/opinion/new") || uri.equals("/track") || uri.startsWith("/track/")
					|| uri.startsWith("/open311/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (response.getStatus() < 400) {
					this.pages.clear();
				}
			}
		}

	}

	record Page(byte[] body, String contentType, long expiresAt) {
	}

	static final class CachingFilter extends OncePerRequestFilter {

		private final Map<String, Page> pages;

		CachingFilter(Map<String, Page> pages) {
			this.pages = pages;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !"GET".equals(request.getMethod()) || request.getQueryString() != null
					|| !CACHEABLE.matcher(request.getRequestURI()).matches();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String key = language(request) + request.getRequestURI();
			long now = System.currentTimeMillis();
			Page page = this.pages.get(key);
			if (page != null && page.expiresAt() > now) {
				write(response, page);
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
					&& wrapper.getContentType().startsWith("text/html")) {
				if (this.pages.size() >= MAX_ENTRIES) {
					this.pages.clear();
				}
				this.pages.put(key, new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(),
						now + TIME_TO_LIVE.toMillis()));
			}
			wrapper.copyBodyToResponse();
		}

		/**
		 * The page's language: the visitor's choice, else Chinese (see
		 * LocaleConfiguration).
		 */
		private static String language(HttpServletRequest request) {
			if (request.getCookies() != null) {
				for (Cookie cookie : request.getCookies()) {
					if ("lianxin-lang".equals(cookie.getName())) {
						return cookie.getValue().startsWith("en") ? "en" : "zh";
					}
				}
			}
			return "zh";
		}

		private static void write(HttpServletResponse response, Page page) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			// what the security chain adds to every page, for the pages served from here
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Cache-Control", "no-cache");
			response.getOutputStream().write(page.body());
		}

	}

}
