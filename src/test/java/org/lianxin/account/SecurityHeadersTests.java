package org.lianxin.account;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every page and every API answer tells the browser about scripts, referrers and
 * permissions, and the CSRF cookie's SameSite.
 */
@LianxinTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void a_page_allows_scripts_from_the_application_only_and_keeps_its_links_to_itself() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/opinion/new")).andReturn().getResponse();
		assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self';",
				"object-src 'none'", "frame-ancestors 'none'");
		assertThat(page.getHeader("Content-Security-Policy")).doesNotContain("script-src 'self' 'unsafe-inline'");
		assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.getHeader("Permissions-Policy")).contains("geolocation=(self)", "camera=()");
		// a plain request is not secure: no HSTS (see RateLimitedRoutesTests for a TLS
		// proxy)
		assertThat(page.getHeader("Strict-Transport-Security")).isNull();
		// the page itself has no inline script for the policy to block
		assertThat(page.getContentAsString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContainPattern("\\son[a-z]+=\"");
	}

	@Test
	void an_api_answer_carries_the_same_headers() throws Exception {
		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/regions")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getHeader("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(api.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api.getHeader("Permissions-Policy")).isNotNull();
	}

	// the CSRF cookie's SameSite is checked on a real server (ServedHeadersTests): in
	// MockMvc, any earlier request signed with spring-security-test's csrf() has swapped
	// the filter's token repository for a session-based one in the shared context

	@Test
	void outside_prod_the_api_documentation_is_open() throws Exception {
		assertThat(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
