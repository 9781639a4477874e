package org.lianxin.account;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session keeps a user's permissions and scope as they were at sign-in; a change to the
 * user ends it, and their API tokens, before their next request. The sessions here are
 * real ones, kept in the database by Spring Session and found again by their cookie.
 */
@LianxinTest
class SessionEndTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void disabling_a_user_refuses_their_open_session_and_their_api_token_on_the_next_request() throws Exception {
		String username = newUser("clerk-disabled");
		Cookie session = signIn(username);
		String token = token(username);
		this.mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(me(token)).andExpect(status().isOk());
		assertThat(sessionsInDatabase(username)).as("the session is in the JDBC store").isEqualTo(1);

		this.mvc.perform(edit(username).param("dataScope", "OWN_REGION")).andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(me(token)).andExpect(status().isUnauthorized());
		assertThat(sessionsInDatabase(username)).isZero();
	}

	@Test
	void a_new_data_scope_or_a_password_reset_by_an_administrator_ends_the_users_sessions() throws Exception {
		String username = newUser("clerk-rescoped");
		Cookie session = signIn(username);
		String token = token(username);
		this.mvc.perform(
				edit(username).param("dataScope", "REGION_AND_BELOW").param("_enabled", "on").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(me(token)).andExpect(status().isUnauthorized());

		Cookie again = signIn(username);
		this.mvc
			.perform(edit(username).param("dataScope", "REGION_AND_BELOW")
				.param("enabled", "true")
				.param("password", "Reset#Pass20261"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/console").cookie(again)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void a_new_display_name_alone_keeps_the_session() throws Exception {
		String username = newUser("clerk-renamed");
		Cookie session = signIn(username);
		this.mvc.perform(edit(username).param("dataScope", "OWN_REGION").param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void changing_ones_own_password_keeps_this_session_and_ends_every_other() throws Exception {
		String username = newUser("clerk-own-password");
		Cookie here = signIn(username);
		Cookie elsewhere = signIn(username);
		String token = token(username);
		this.mvc
			.perform(post("/profile/password").cookie(here)
				.with(csrf())
				.param("currentPassword", Staff.DEMO_PASSWORD)
				.param("newPassword", "Another#Pass2027")
				.param("confirmPassword", "Another#Pass2027"))
			.andExpect(redirectedUrl("/profile"));
		this.mvc.perform(get("/console").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/console").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(me(token)).andExpect(status().isUnauthorized());
	}

	private MockHttpServletRequestBuilder edit(String username) {
		long id = this.jdbc.sql("select id from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		return post("/admin/users/{id}", id).with(Staff.as(this.accounts, "admin"))
			.with(csrf())
			.param("displayName", "改过的名字")
			.param("regionCode", "210802")
			.param("roleCodes", "CONGRESS_OFFICE")
			.param("_enabled", "on");
	}

	private Cookie signIn(String username) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(username).password(Staff.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/console"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
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

	private MockHttpServletRequestBuilder me(String token) {
		return get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private long sessionsInDatabase(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private String newUser(String prefix) {
		String username = prefix + "-" + System.nanoTime();
		this.accounts.createIfAbsent(
				new NewStaffUser(username, "测试用户", "210802", null, DataScopeKind.OWN_REGION, Set.of("CONGRESS_OFFICE")),
				Staff.DEMO_PASSWORD, true);
		return username;
	}

}
