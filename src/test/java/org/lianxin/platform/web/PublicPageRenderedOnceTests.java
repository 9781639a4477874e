package org.lianxin.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a kept public page expires under a crowd, one request renders it again and the
 * others wait for that one: all get the page, the page is rendered once. Each page of the
 * list is a page of its own.
 */
class PublicPageRenderedOnceTests {

	static final String KEY = "zh:p/public/projects?region=210881&year=2026";

	@Test
	void a_crowd_asking_for_an_expired_page_renders_it_once() throws Exception {
		PublicPageCache.CachingFilter filter = filter();
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch others = new CountDownLatch(1);
		FilterChain renderSlowly = (request, response) -> {
			renders.incrementAndGet();
			try {
				others.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write("<p>项目</p>".getBytes(StandardCharsets.UTF_8));
		};
		ExecutorService crowd = Executors.newFixedThreadPool(5);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			answers.add(crowd.submit(() -> ask(filter, renderSlowly)));
			CompletableFuture<?> first = awaitRendering(filter);
			for (int i = 0; i < 4; i++) {
				answers.add(crowd.submit(() -> ask(filter, renderSlowly)));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (first.getNumberOfDependents() < 4 && renders.get() == 1 && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			others.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getContentAsString(StandardCharsets.UTF_8))
					.isEqualTo("<p>项目</p>");
			}
			assertThat(renders).hasValue(1);
		}
		finally {
			crowd.shutdownNow();
		}
	}

	private static PublicPageCache.CachingFilter filter() {
		return new PublicPageCache.CachingFilter(kept(), kept());
	}

	private static com.github.benmanes.caffeine.cache.Cache<String, PublicPageCache.Page> kept() {
		return Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();
	}

	@Test
	void the_first_page_of_the_list_is_kept_and_later_pages_are_rendered_each_time() throws Exception {
		PublicPageCache.CachingFilter filter = filter();
		AtomicInteger renders = new AtomicInteger();
		FilterChain pageNumber = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream()
				.write(("第" + request.getParameter("page") + "页").getBytes(StandardCharsets.UTF_8));
		};
		assertThat(ask(filter, pageNumber).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第null页");
		assertThat(ask(filter, pageNumber).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第null页");
		assertThat(renders).hasValue(1);
		assertThat(ask(filter, pageNumber, "2").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2页");
		assertThat(ask(filter, pageNumber, "2").getContentAsString(StandardCharsets.UTF_8)).isEqualTo("第2页");
		assertThat(renders).hasValue(3);
	}

	private static MockHttpServletResponse ask(PublicPageCache.CachingFilter filter, FilterChain chain)
			throws Exception {
		return ask(filter, chain, null);
	}

	private static MockHttpServletResponse ask(PublicPageCache.CachingFilter filter, FilterChain chain, String page)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/projects");
		request.setParameter("region", "210881");
		request.setParameter("year", "2026");
		if (page != null) {
			request.setParameter("page", page);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static CompletableFuture<?> awaitRendering(PublicPageCache.CachingFilter filter) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (System.nanoTime() < deadline) {
			CompletableFuture<?> running = filter.rendering.rendering.get(KEY);
			if (running != null) {
				return running;
			}
			Thread.onSpinWait();
		}
		throw new AssertionError("the first request never started rendering");
	}

}
