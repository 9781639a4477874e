package org.lianxin.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad input to every form and API endpoint that exists gets a 4xx and a message a person
 * can read — never a 500 — and changes nothing.
 */
@LianxinTest
class MalformedInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_error_page_opened_directly_is_not_found_rather_than_a_server_error() throws Exception {
		assertThat(this.mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void a_page_number_past_any_list_shows_an_empty_page_not_an_error() throws Exception {
		for (String path : List.of("/admin/operation-log", "/admin/notifications", "/api/v1/venues")) {
			MockHttpServletResponse response = this.mvc
				.perform(get(path).param("page", String.valueOf(Integer.MAX_VALUE))
					.with(Staff.as(this.accounts, "admin")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void malformed_forms_are_rejected_with_field_messages() throws Exception {
		long agencyId = this.jdbc.sql("select id from agency where code = '210800-ZJJ'").query(Long.class).single();
		long adminId = this.accounts.findByUsername("admin").orElseThrow().id();
		long categoryId = this.jdbc.sql("select id from opinion_category where code = 'OTHER'")
			.query(Long.class)
			.single();
		String before = snapshot();
		List<MockHttpServletRequestBuilder> requests = List.of(
				post("/agencies").param("code", "!!").param("name", "").param("kind", "NOPE").param("regionCode", ""),
				post("/agencies").param("code", "X".repeat(500))
					.param("name", "名".repeat(500))
					.param("enabled", "maybe"),
				post("/agencies"),
				post("/agencies/{id}", agencyId).param("name", "")
					.param("kind", "NOPE")
					.param("contactPhone", "call me"),
				post("/regions").param("code", "abc").param("name", "").param("level", "GALAXY"),
				post("/regions").param("code", "999999")
					.param("name", "越界")
					.param("level", "COUNTY")
					.param("parentCode", "210800"),
				post("/regions"), post("/regions/{code}", "210802").param("name", ""),
				post("/profile/password").param("currentPassword", "").param("newPassword", "x"),
				post("/profile/tokens").param("label", "标".repeat(100)),
				post("/admin/users").param("username", "a b").param("dataScope", "EVERYTHING").param("agencyId", "x"),
				post("/admin/users").param("username", "valid-name")
					.param("displayName", "名")
					.param("regionCode", "210800")
					.param("dataScope", "ALL")
					.param("roleCodes", "NO_SUCH_ROLE")
					.param("password", "Valid#Pass2026"),
				post("/admin/users/{id}", adminId).param("displayName", "").param("roleCodes", "CITY_ADMIN"),
				post("/opinion-categories").param("code", "lower case").param("name", "").param("sortOrder", "many"),
				post("/opinion-categories/{id}", categoryId).param("name", "").param("sortOrder", "-5"));
		for (MockHttpServletRequestBuilder request : requests) {
			MockHttpServletResponse response = this.mvc
				.perform(request.with(Staff.as(this.accounts, "admin")).with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(describe(request)).isEqualTo(400);
			assertThat(response.getContentAsString()).as(describe(request)).contains("alert-danger");
		}
		assertThat(snapshot()).as("nothing was written").isEqualTo(before);
	}

	@Test
	void malformed_api_calls_get_json_errors_with_messages() throws Exception {
		String token = "Bearer " + this.accounts.findByUsername("admin").map(u -> issueToken()).orElseThrow();
		List<MockHttpServletRequestBuilder> requests = List.of(
				post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{"),
				post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("[]"),
				post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":[1],\"password\":{}}"),
				post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"),
				post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("admin:secret"),
				get("/api/v1/agencies").param("page", "abc").header("Authorization", token),
				get("/api/v1/agencies").param("kind", "NOPE").header("Authorization", token),
				get("/api/v1/agencies/{id}", "not-a-number").header("Authorization", token),
				get("/api/v1/deputies").param("level", "GALAXY").header("Authorization", token),
				get("/api/v1/deputies").param("serving", "perhaps").header("Authorization", token),
				post("/api/v1/agencies").header("Authorization", token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"));
		for (MockHttpServletRequestBuilder request : requests) {
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(describe(request)).isBetween(400, 499);
			assertThat(response.getContentType()).as(describe(request)).startsWith("application/json");
			assertThat(response.getContentAsString()).as(describe(request)).contains("\"error\"", "\"message\"");
		}
	}

	@Test
	void a_login_with_missing_fields_is_refused_with_a_message() throws Exception {
		var result = this.mvc.perform(post("/login").with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	private String issueToken() {
		try {
			String body = this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"admin\",\"password\":\"" + Staff.DEMO_PASSWORD + "\"}"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return com.jayway.jsonpath.JsonPath.read(body, "$.token");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String snapshot() {
		return this.jdbc.sql("""
				select (select count(*) from agency) || '/' || (select count(*) from region) || '/'
				    || (select string_agg(name || enabled, ',' order by code) from region where code = '210802') || '/'
				    || (select name || kind || coalesce(contact_phone, '') from agency where code = '210800-ZJJ') || '/'
				    || (select count(*) from api_token) || '/' || (select count(*) from staff_user) || '/'
				    || (select count(*) from user_role) || '/'
				    || (select string_agg(name || sort_order || enabled, ',' order by id) from opinion_category) || '/'
				    || (select password_hash from staff_user where username = 'admin')""").query(String.class).single();
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		return built.getMethod() + " " + built.getRequestURI() + " " + built.getParameterMap().keySet();
	}

}
