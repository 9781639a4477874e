package org.lianxin.platform.web;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class PublicRateLimitTests {

	@Autowired
	ApiErrors errors;

	@Autowired
	MessageSource messages;

	@Autowired
	LocaleResolver locales;

	@Test
	void a_flood_from_one_address_gets_429_with_retry_after_and_never_reaches_the_application() throws Exception {
		PublicRateLimit.Limiter limiter = new PublicRateLimit.Limiter(6, 2, this.errors, this.messages, this.locales);
		assertThat(post(limiter, "/opinion/new", "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(post(limiter, "/opinion/new", "10.0.0.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = post(limiter, "/opinion/new", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		// six a minute: the next one is ten seconds away
		assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
		assertThat(refused.getContentAsString()).contains("提交过于频繁");
		// another address has its own allowance
		assertThat(post(limiter, "/opinion/new", "10.0.0.2").getStatus()).isEqualTo(200);
		// the spec's error form for Open311 clients, ApiError for the JSON API
		assertThat(post(limiter, "/open311/v2/requests.json", "10.0.0.1").getContentAsString())
			.startsWith("[{\"code\":429,");
		assertThat(post(limiter, "/api/v1/auth/token", "10.0.0.1").getContentAsString())
			.contains("\"error\":\"too_many_requests\"");
	}

	@Test
	void the_allowance_comes_back_with_time() {
		PublicRateLimit.Limiter limiter = new PublicRateLimit.Limiter(60, 1, this.errors, this.messages, this.locales);
		long start = 1_000_000_000L;
		assertThat(limiter.take("10.0.0.3", start)).isZero();
		assertThat(limiter.take("10.0.0.3", start)).isEqualTo(1);
		assertThat(limiter.take("10.0.0.3", start + 1_000_000_000L)).isZero();
	}

	private static MockHttpServletResponse post(PublicRateLimit.Limiter limiter, String uri, String address)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		limiter.doFilter(request, response, chain);
		if (chain.getRequest() != null) {
			response.setStatus(200);
		}
		return response;
	}

}
