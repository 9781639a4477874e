package org.lianxin.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * ({@code /public/projects?region=&year=&page=}, one copy per region, year and page
 * asked, and the candidates waiting for comments, {@code /public/projects/candidates}):
 * without it the page reached a fraction of a static server's rate (issue 14,
 * bench/scenarios/ projects.sh). A change made on any node empties every node's copy
 * ({@link SharedCache#PUBLIC_PAGES}).
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

	/** The list's page as its pager writes it (none for the first). */
	private static final Pattern PAGE_NUMBER = Pattern.compile("null|[1-9]\\d{0,2}");

	@Bean
	FilterRegistrationBean<CachingFilter> publicPageCacheFilter(Caches caches) {
		FilterRegistrationBean<CachingFilter> registration = new FilterRegistrationBean<>(
				new CachingFilter(caches.of(SharedCache.PUBLIC_PAGES)));
		registration.addUrlPatterns("/d/*", "/v/*", PROJECTS, CANDIDATES);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
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
	 * Empties the cache, on every node, after every successful change, whatever it
	 * changed.
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
		 * the cache that keeps those pages fast. Nor do signing in and out.
		 */
		static boolean leavesPublicPagesAlone(String uri) {
			return uri.equals("/opinion/new") || uri.equals("/track") || uri.startsWith("/track/")
					|| (uri.startsWith("/v/") && uri.contains("/legislation/")) || uri.startsWith("/open311/")
					|| uri.equals("/login") || uri.equals("/logout") || uri.equals("/api/v1/auth/token")
					|| (uri.contains("/public/projects/") && uri.endsWith("/comments"));
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

	record Page(byte[] body, String contentType) {
	}

	static final class CachingFilter extends OncePerRequestFilter {

		/** How long a request waits for another's rendering before rendering itself. */
		private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

		private final Cache<String, Page> pages;

		/**
		 * The pages being rendered now, by key: each is rendered by one request at a
		 * time.
		 */
		final ConcurrentMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

		CachingFilter(Cache<String, Page> pages) {
			this.pages = pages;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod())) {
				return true;
			}
			if (PROJECTS.equals(request.getRequestURI()) || CANDIDATES.equals(request.getRequestURI())) {
				return !PAGE_CHOICE.matcher(String.valueOf(request.getParameter("region"))).matches()
						|| !PAGE_CHOICE.matcher(String.valueOf(request.getParameter("year"))).matches()
						|| !PAGE_NUMBER.matcher(String.valueOf(request.getParameter("page"))).matches();
			}
			return request.getQueryString() != null || !CACHEABLE.matcher(request.getRequestURI()).matches();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String key = language(request) + request.getRequestURI() + parameters(request);
			Page page = this.pages.getIfPresent(key);
			if (page == null) {
				page = renderedByAnother(key);
			}
			if (page != null) {
				write(response, page);
				return;
			}
			CompletableFuture<Page> mine = new CompletableFuture<>();
			CompletableFuture<Page> running = this.rendering.putIfAbsent(key, mine);
			try {
				ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, wrapper);
				if (running == null && wrapper.getStatus() == HttpServletResponse.SC_OK
						&& wrapper.getContentType() != null && wrapper.getContentType().startsWith("text/html")) {
					page = new Page(wrapper.getContentAsByteArray(), wrapper.getContentType());
					this.pages.put(key, page);
				}
				wrapper.copyBodyToResponse();
			}
			finally {
				mine.complete(page);
				this.rendering.remove(key, mine);
			}
		}

		/**
		 * The page another request is rendering right now, once it is done (null if it
		 * was not kept, or took too long): when a copy expires under a crowd, one request
		 * renders it and the others wait for that one, instead of all rendering it at
		 * once (bench/scenarios/projects.sh at 1m: 64 clients rendering the same page
		 * together answered 1.5 requests a second).
		 */
		private Page renderedByAnother(String key) {
			CompletableFuture<Page> running = this.rendering.get(key);
			if (running == null) {
				return null;
			}
			try {
				return running.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			catch (ExecutionException | TimeoutException ex) {
				return null;
			}
		}

		/**
		 * Only what chooses the page (region, year and the list's page), so that made-up
		 * parameters do not each fill the cache with another copy of the same page.
		 */
		private static String parameters(HttpServletRequest request) {
			return "?region=" + request.getParameter("region") + "&year=" + request.getParameter("year") + "&page="
					+ request.getParameter("page");
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
