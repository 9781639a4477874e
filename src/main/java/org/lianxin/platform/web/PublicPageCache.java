package org.lianxin.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;

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
 * at once. So is the public page of the year's livelihood projects
 * ({@code /public/projects?region=&year=}, one copy per region and year asked, and the
 * candidates waiting for comments, {@code /public/projects/candidates}; their first page,
 * the one links open): without it the page reached a fraction of a static server's rate
 * (issue 14, bench/scenarios/projects.sh). When a kept page expires under a crowd, one
 * request renders it and the others wait for it ({@link RenderedOnce}). A change made on
 * any node empties every node's copy of the QR-code pages
 * ({@link SharedCache#PUBLIC_PAGES}); the projects pages are kept apart
 * ({@link SharedCache#PUBLIC_PROJECT_PAGES}) and forgotten only for the region and year a
 * change of a project concerns ({@link PublicPages}), so that the votes of a session and
 * the work of other modules leave them. A page served from here carries the headers the
 * security chain gave it when it was rendered (Content-Security-Policy and the rest), not
 * a shorter list of its own.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCache {

	private static final Pattern CACHEABLE = Pattern.compile("/[dv]/[2-9A-Z]{8}");

	/** Pages whose query string (region and year) chooses what they show. */
	private static final String PROJECTS = "/public/projects";

	/** The candidate projects waiting for the public's comments, a page of their own. */
	private static final String CANDIDATES = "/public/projects/candidates";

	/**
	 * A region code or a year as the page's own links write them (or none): any other
	 * spelling is rendered, not cached.
	 */
	private static final Pattern PAGE_CHOICE = Pattern.compile("null|\\d{4}|\\d{6}");

	/** The languages a page is rendered in (see LocaleConfiguration). */
	static final List<String> LANGUAGES = List.of("zh", "en");

	/**
	 * What a rendered page's headers may not pass on to another visitor, or what the
	 * container writes itself.
	 */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type", "date",
			"transfer-encoding", "connection", "keep-alive");

	@Bean
	FilterRegistrationBean<CachingFilter> publicPageCacheFilter(Caches caches) {
		FilterRegistrationBean<CachingFilter> registration = new FilterRegistrationBean<>(
				new CachingFilter(caches.of(SharedCache.PUBLIC_PAGES), caches.of(SharedCache.PUBLIC_PROJECT_PAGES)));
		registration.addUrlPatterns("/d/*", "/v/*", PROJECTS, CANDIDATES);
		// after the trusted proxies' filter, so that a page is kept apart for secure
		// requests (whose headers add HSTS)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EvictOnChange> publicPageEvictionFilter(Caches caches) {
		FilterRegistrationBean<EvictOnChange> registration = new FilterRegistrationBean<>(new EvictOnChange(caches));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Empties the QR-code pages' cache, on every node, after every successful change,
	 * whatever it changed (the projects pages are told what changed by the project
	 * module).
	 */
	static final class EvictOnChange extends OncePerRequestFilter {

		private final Caches caches;

		EvictOnChange(Caches caches) {
			this.caches = caches;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
					|| "OPTIONS".equals(request.getMethod()) || leavesPublicPagesAlone(request.getRequestURI());
		}

		/**
		 * Citizens' submissions (on a venue's pages too: opinions on draft laws, and
		 * comments on candidate projects, which the public page does not show), tracking
		 * and ratings change no deputy's or venue's page; a flood of them must not empty
		 * the cache that keeps those pages fast. Nor do signing in and out, nor votes
		 * (the public's and the deputies' ballots: 2,000 deputies voting within a minute
		 * at a session).
		 */
		static boolean leavesPublicPagesAlone(String uri) {
			return uri.equals("/opinion/new") || uri.equals("/track") || uri.startsWith("/track/")
					|| (uri.startsWith("/v/") && uri.contains("/legislation/")) || uri.startsWith("/open311/")
					|| uri.equals("/login") || uri.equals("/logout") || uri.equals("/api/v1/auth/token")
					|| (uri.contains("/public/projects/") && uri.endsWith("/comments"))
					|| uri.startsWith("/public/vote/") || uri.startsWith("/api/v1/public/surveys/")
					|| uri.startsWith("/surveys/vote/")
					|| (uri.startsWith("/api/v1/surveys/") && uri.endsWith("/ballots"));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (response.getStatus() < 400) {
					this.caches.changed(SharedCache.PUBLIC_PAGES);
				}
			}
		}

	}

	/** A rendered page: its body, its type and the headers the chain gave it. */
	record Page(byte[] body, String contentType, Map<String, List<String>> headers) {
	}

	/**
	 * The key of a projects page, as the filter keeps it and {@link PublicPages} forgets
	 * it.
	 */
	static List<String> projectsKeys(String language, boolean secure, String region, String year) {
		String parameters = "?region=" + region + "&year=" + year;
		return List.of(key(language, secure, PROJECTS, parameters), key(language, secure, CANDIDATES, parameters));
	}

	private static String key(String language, boolean secure, String uri, String parameters) {
		return language + (secure ? ":s" : ":p") + uri + parameters;
	}

	static final class CachingFilter extends OncePerRequestFilter {

		private final Cache<String, Page> pages;

		private final Cache<String, Page> projects;

		final RenderedOnce rendering = new RenderedOnce();

		CachingFilter(Cache<String, Page> pages, Cache<String, Page> projects) {
			this.pages = pages;
			this.projects = projects;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod())) {
				return true;
			}
			if (isProjects(request)) {
				// a later page of the list (page=) is rendered each time: crowds open the
				// first
				return !PAGE_CHOICE.matcher(String.valueOf(request.getParameter("region"))).matches()
						|| !PAGE_CHOICE.matcher(String.valueOf(request.getParameter("year"))).matches()
						|| request.getParameter("page") != null;
			}
			return request.getQueryString() != null || !CACHEABLE.matcher(request.getRequestURI()).matches();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Cache<String, Page> kept = isProjects(request) ? this.projects : this.pages;
			String key = key(language(request), request.isSecure(), request.getRequestURI(), parameters(request));
			Page page = kept.getIfPresent(key);
			if (page == null) {
				page = this.rendering.byAnother(key);
			}
			if (page != null) {
				write(response, page);
				return;
			}
			RenderedOnce.Claim claim = this.rendering.claim(key);
			try {
				ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, wrapper);
				if (claim.isMine() && wrapper.getStatus() == HttpServletResponse.SC_OK
						&& wrapper.getContentType() != null && wrapper.getContentType().startsWith("text/html")) {
					page = new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(), headers(wrapper));
					kept.put(key, page);
				}
				wrapper.copyBodyToResponse();
			}
			finally {
				claim.done(page);
			}
		}

		private static boolean isProjects(HttpServletRequest request) {
			return PROJECTS.equals(request.getRequestURI()) || CANDIDATES.equals(request.getRequestURI());
		}

		/**
		 * Only what chooses the page (region and year), so that made-up parameters do not
		 * each fill the cache with another copy of the same page.
		 */
		private static String parameters(HttpServletRequest request) {
			return "?region=" + request.getParameter("region") + "&year=" + request.getParameter("year");
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

		/** The headers the chain gave the page, but those that are one visitor's. */
		private static Map<String, List<String>> headers(HttpServletResponse response) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
				if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			return Map.copyOf(headers);
		}

		private static void write(HttpServletResponse response, Page page) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.getOutputStream().write(page.body());
		}

	}

}
