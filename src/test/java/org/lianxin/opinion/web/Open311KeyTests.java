package org.lianxin.opinion.web;

import org.junit.jupiter.api.Test;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.internal.Open311Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Open311 clients' keys (GeoReport v2 {@code api_key}): issued once and shown once by the
 * administrator, checked on every post, refused once revoked, and required where the
 * deployment says so.
 */
@LianxinTest
class Open311KeyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Open311Keys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_administrator_issues_a_key_that_is_shown_once_and_stored_as_a_digest() throws Exception {
		String secret = (String) this.mvc
			.perform(post("/open311-keys").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("name", "12345 政务服务热线")
				.param("contact", "王工 0417-1234567"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("issuedToken");
		assertThat(secret).startsWith("lx311_").hasSizeGreaterThan(30);
		assertThat(this.jdbc.sql("select count(*) from open311_api_key where key_digest = ? or key_digest = ?")
			.params(secret, sha256(secret))
			.query(Long.class)
			.single()).as("found by its digest only").isEqualTo(1);
		this.mvc.perform(get("/open311-keys").with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("12345 政务服务热线")))
			.andExpect(content().string(containsString(secret.substring(0, 10))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
		this.mvc.perform(get("/open311-keys").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/open311-keys").with(Staff.as(this.accounts, "admin")).with(csrf()).param("name", " "))
			.andExpect(flash().attribute("problem", containsString("接入系统名称")));
	}

	@Test
	void a_valid_key_admits_its_client_until_it_is_revoked_and_a_wrong_key_never_does() throws Exception {
		Open311Keys.Issued issued = this.keys.issue(Staff.load(this.accounts, "admin"), "城市服务 App", null);
		this.mvc.perform(serviceRequest("api_key", issued.secret())).andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select last_used_at is not null from open311_api_key where id = ?")
			.param(issued.key().id())
			.query(Boolean.class)
			.single()).as("its use is written down").isTrue();
		this.mvc.perform(serviceRequest("api_key", "lx311_guessed"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code").value(403))
			.andExpect(jsonPath("$[0].description", containsString("api_key")));
		this.keys.revoke(Staff.load(this.accounts, "admin"), issued.key().id());
		this.mvc.perform(serviceRequest("api_key", issued.secret())).andExpect(status().isForbidden());
		// no key: this deployment does not require one
		this.mvc.perform(serviceRequest()).andExpect(status().isCreated());
	}

	@Test
	void where_keys_are_required_a_post_without_one_is_refused_in_the_specs_form() {
		Open311ClientKeys required = new Open311ClientKeys(this.keys, true);
		assertThatThrownBy(
				() -> required.requireAdmitted(new MockHttpServletRequest("POST", "/open311/v2/requests.json")))
			.isInstanceOfSatisfying(Open311Error.class, error -> {
				assertThat(error.status()).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(error.messageKey()).isEqualTo("open311.api-key.missing");
			});
		Open311Keys.Issued issued = this.keys.issue(Staff.load(this.accounts, "admin"), "热线", null);
		MockHttpServletRequest withKey = new MockHttpServletRequest("POST", "/open311/v2/requests.json");
		withKey.addParameter("api_key", issued.secret());
		required.requireAdmitted(withKey);
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static MockHttpServletRequestBuilder serviceRequest(String... extra) {
		MockHttpServletRequestBuilder request = post("/open311/v2/requests.json")
			.contentType("application/x-www-form-urlencoded")
			.param("jurisdiction_id", "210802")
			.param("service_code", "URBAN_CONSTRUCTION")
			.param("lat", "40.666")
			.param("long", "122.235")
			.param("description", "密钥：路灯不亮")
			.param("phone", "13904170021");
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return request;
	}

}
