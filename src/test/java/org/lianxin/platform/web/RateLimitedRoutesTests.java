package org.lianxin.platform.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public rate limit through the application's real filter chain (the client-address
 * filter, the limit, Spring Security, the controllers), two requests per client, with one
 * trusted proxy network: every limited route refuses the third request, an IPv6 /64 is
 * one client, and a forwarding header counts only from the trusted proxy. The same
 * context has prod's closed API documentation, to spare the suite a context of its own.
 */
@SpringBootTest(properties = { "lianxin.scheduler.enabled=false", "lianxin.rate-limit.burst=2",
		"lianxin.rate-limit.per-minute=1", "lianxin.web.trusted-proxies=10.99.0.0/16, 2001:db8:ffff::/48",
		"lianxin.web.api-docs-public=false" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class RateLimitedRoutesTests {

	private static final AtomicInteger clients = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Test
	void every_limited_route_refuses_a_client_past_its_allowance() throws Exception {
		String[][] routes = { { "POST", "/opinion/new" }, { "POST", "/track" }, { "POST", "/track/abc/rating" },
				{ "POST", "/open311/v2/requests.json" }, { "GET", "/open311/v2/requests.json" }, { "POST", "/login" },
				{ "POST", "/api/v1/auth/token" }, { "POST", "/v/ABCDEFGH/legislation/1" }, { "POST", "/public/vote/1" },
				{ "POST", "/public/vote/1/code" }, { "POST", "/api/v1/public/surveys/1/codes" },
				{ "POST", "/api/v1/public/surveys/1/ballots" }, { "POST", "/public/projects/1/comments" },
				{ "POST", "/api/v1/public/projects/1/comments" } };
		for (String[] route : routes) {
			String client = nextClient();
			HttpMethod method = HttpMethod.valueOf(route[0]);
			assertThat(status(method, route[1], client, null)).as(route[1]).isNotEqualTo(429);
			assertThat(status(method, route[1], client, null)).as(route[1]).isNotEqualTo(429);
			assertThat(status(method, route[1], client, null)).as(route[1]).isEqualTo(429);
		}
	}

	@Test
	void addresses_in_one_ipv6_64_are_one_client_however_the_low_bits_rotate() throws Exception {
		assertThat(status(HttpMethod.POST, "/opinion/new", "2001:db8:5:6::1", null)).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/opinion/new", "2001:db8:5:6:ffff:1:2:3", null)).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/opinion/new", "2001:db8:5:6:abcd::9", null)).isEqualTo(429);
		// the next /64 is someone else
		assertThat(status(HttpMethod.POST, "/opinion/new", "2001:db8:5:7::1", null)).isNotEqualTo(429);
	}

	@Test
	void a_client_that_is_no_trusted_proxy_cannot_name_its_own_address() throws Exception {
		// 192.168/16 is one of Tomcat's default internal proxies: here it is a client
		// like
		// any other
		assertThat(status(HttpMethod.POST, "/login", "192.168.1.7", "203.0.113.1")).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/login", "192.168.1.7", "203.0.113.2")).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/login", "192.168.1.7", "203.0.113.3")).isEqualTo(429);
	}

	@Test
	void behind_a_trusted_proxy_the_client_is_the_right_most_address_that_is_not_a_proxy() throws Exception {
		assertThat(status(HttpMethod.POST, "/login", "10.99.0.1", "198.51.100.1")).isNotEqualTo(429);
		// a second proxy in the chain, and a forged address the client put first
		assertThat(status(HttpMethod.POST, "/login", "10.99.0.1", "6.6.6.6, 198.51.100.1, 10.99.3.4"))
			.isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/login", "10.99.0.1", "7.7.7.7, 198.51.100.1")).isEqualTo(429);
		// another client behind the same proxy has its own allowance
		assertThat(status(HttpMethod.POST, "/login", "10.99.0.1", "198.51.100.2")).isNotEqualTo(429);
		// an IPv6 client behind an IPv6 proxy: its /64
		assertThat(status(HttpMethod.POST, "/login", "2001:db8:ffff::1", "2001:db8:9:9::1")).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/login", "2001:db8:ffff::2", "2001:db8:9:9:1::1")).isNotEqualTo(429);
		assertThat(status(HttpMethod.POST, "/login", "2001:db8:ffff::1", "2001:db8:9:9:2::1")).isEqualTo(429);
	}

	@Test
	void hsts_and_secure_cookies_only_when_a_trusted_proxy_says_https() throws Exception {
		var trusted = this.mvc.perform(MockMvcRequestBuilders.get("/login").with(request -> {
			request.setRemoteAddr("10.99.0.1");
			request.addHeader("X-Forwarded-Proto", "https");
			return request;
		})).andReturn().getResponse();
		assertThat(trusted.getHeader("Strict-Transport-Security")).contains("max-age=");
		assertThat(trusted.getCookie("XSRF-TOKEN").getSecure()).isTrue();
		var spoofed = this.mvc.perform(MockMvcRequestBuilders.get("/login").with(request -> {
			request.setRemoteAddr("192.168.1.8");
			request.addHeader("X-Forwarded-Proto", "https");
			return request;
		})).andReturn().getResponse();
		assertThat(spoofed.getHeader("Strict-Transport-Security")).isNull();
		assertThat(spoofed.getCookie("XSRF-TOKEN").getSecure()).isFalse();
	}

	@Test
	void with_prod_settings_the_api_documentation_asks_for_a_sign_in() throws Exception {
		var anonymous = this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
		assertThat(
				this.mvc.perform(MockMvcRequestBuilders.get("/swagger-ui.html")).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.mvc
			.perform(MockMvcRequestBuilders.get("/v3/api-docs")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("admin")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private int status(HttpMethod method, String uri, String peer, String forwardedFor) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri).with(r -> {
			r.setRemoteAddr(peer);
			return r;
		});
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static String nextClient() {
		return "172.20.0." + clients.getAndIncrement();
	}

}
