package org.lianxin.platform.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.lianxin.account.StaffAccounts accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void a_token_opens_the_api_as_that_user() throws Exception {
		String token = token("office-210802");
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("office-210802"))
			.andExpect(jsonPath("$.regionCode").value("210802"))
			.andExpect(jsonPath("$.roles[0]").value("CONGRESS_OFFICE"));
	}

	@Test
	void the_agency_list_is_limited_to_the_callers_scope() throws Exception {
		this.mvc
			.perform(get("/api/v1/agencies").param("size", "500")
				.header(HttpHeaders.AUTHORIZATION, bearer("office-210802")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "16"))
			.andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("210802"))))
			.andExpect(jsonPath("$[*].regionCode", hasItem("210802001")));
	}

	@Test
	void the_agency_list_pages_through_the_scope() throws Exception {
		String token = bearer("office-210802");
		this.mvc.perform(get("/api/v1/agencies").param("size", "10").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(header().string("X-Has-Next", "true"));
		this.mvc.perform(
				get("/api/v1/agencies").param("size", "10").param("page", "1").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.length()").value(6))
			.andExpect(header().string("X-Has-Next", "false"))
			.andExpect(header().string("X-Total-Count", "16"));
	}

	@Test
	void an_agency_outside_the_scope_answers_404_like_a_missing_one() throws Exception {
		String adminToken = bearer("admin");
		String body = this.mvc
			.perform(get("/api/v1/agencies").param("region", "210881").header(HttpHeaders.AUTHORIZATION, adminToken))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int elsewhere = JsonPath.read(body, "$[0].id");
		this.mvc
			.perform(get("/api/v1/agencies/{id}", elsewhere).header(HttpHeaders.AUTHORIZATION, bearer("office-210802")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		this.mvc.perform(get("/api/v1/agencies/{id}", 999_999_999).header(HttpHeaders.AUTHORIZATION, adminToken))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
	}

	@Test
	void regions_are_public_reference_data() throws Exception {
		this.mvc.perform(get("/api/v1/regions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("210800"))
			.andExpect(jsonPath("$[?(@.code == '210882')].name").value(hasItem("大石桥市")))
			.andExpect(jsonPath("$[?(@.code == '210882')].parentCode").value(hasItem("210800")))
			.andExpect(jsonPath("$[?(@.code == '210882')].level").value(hasItem("COUNTY")));
	}

	@Test
	void a_wrong_password_gets_401_with_a_message() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"api-nobody\",\"password\":\"Wrong#Password1\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("login_refused"))
			.andExpect(jsonPath("$.message").value(startsWith("用户名或密码错误")));
	}

	@Test
	void a_wrong_or_revoked_token_gets_401() throws Exception {
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer lx_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"))
			.andExpect(jsonPath("$.message").exists());
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void a_token_revoked_on_the_profile_page_stops_working() throws Exception {
		String token = token("office-210804");
		long id = this.jdbc.sql("""
				select t.id from api_token t join staff_user u on u.id = t.user_id
				where u.username = 'office-210804' order by t.id desc limit 1""").query(Long.class).single();
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/profile/tokens/{id}/revoke", id).with(Staff.as(this.accounts, "office-210804"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void nobody_revokes_someone_elses_token() throws Exception {
		token("office-210811");
		long id = this.jdbc.sql("""
				select t.id from api_token t join staff_user u on u.id = t.user_id
				where u.username = 'office-210811' order by t.id desc limit 1""").query(Long.class).single();
		this.mvc
			.perform(post("/profile/tokens/{id}/revoke", id).with(Staff.as(this.accounts, "office-210802"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_unknown_route_gets_a_json_404() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer("admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"))
			.andExpect(jsonPath("$.message").value("您要找的页面或记录不存在"));
	}

	@Test
	void errors_speak_the_language_the_client_asks_for() throws Exception {
		this.mvc
			.perform(get("/api/v1/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer("admin"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(jsonPath("$.message").value("The page or record you are looking for does not exist"));
	}

	@Test
	void the_api_is_documented() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/agencies']").exists())
			.andExpect(jsonPath("$.paths", not(org.hamcrest.Matchers.hasKey("/login"))));
	}

	private String bearer(String username) throws Exception {
		return "Bearer " + token(username);
	}

	private String token(String username) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + Staff.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

}
