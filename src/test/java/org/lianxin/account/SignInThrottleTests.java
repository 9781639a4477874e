package org.lianxin.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in throttling per (username, address): guessing from one address makes that
 * address wait, longer each time, while the owner signs in from theirs; nothing in the
 * answers tells whether the username exists.
 */
@LianxinTest
class SignInThrottleTests {

	private static final String WAIT = "登录尝试次数过多，请于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 之后再试";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_strangers_twenty_wrong_passwords_from_one_address_do_not_stop_the_owner_at_another() throws Exception {
		String username = newUser("clerk-guessed");
		for (int i = 0; i < 20; i++) {
			signIn(username, "Wrong#Password1", "203.0.113.10").andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, Staff.DEMO_PASSWORD, "198.51.100.20").andExpect(redirectedUrl("/console"));
	}

	@Test
	void the_guessing_address_waits_and_is_told_until_when_by_the_form_and_the_api() throws Exception {
		String username = newUser("clerk-waiting");
		assertThat(failurePage(username, "Wrong#Password1", "203.0.113.11")).contains("再错 4 次");
		for (int i = 0; i < 3; i++) {
			failurePage(username, "Wrong#Password1", "203.0.113.11");
		}
		assertThat(failurePage(username, "Wrong#Password1", "203.0.113.11")).containsPattern(WAIT);
		assertThat(failurePage(username, Staff.DEMO_PASSWORD, "203.0.113.11")).as("even the right password waits")
			.containsPattern(WAIT);
		MockHttpServletResponse api = tokenRequest(username, Staff.DEMO_PASSWORD, "203.0.113.11");
		assertThat(api.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(api.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(api.getContentAsString()).containsPattern(WAIT);
	}

	@Test
	void an_unknown_username_gets_the_same_answers_as_a_real_one() throws Exception {
		String nobody = "nobody-" + System.nanoTime();
		assertThat(failurePage(nobody, "Wrong#Password1", "203.0.113.12")).contains("用户名或密码错误，再错 4 次");
		for (int i = 0; i < 3; i++) {
			failurePage(nobody, "Wrong#Password1", "203.0.113.12");
		}
		assertThat(failurePage(nobody, "Wrong#Password1", "203.0.113.12")).containsPattern(WAIT);
		assertThat(tokenRequest(nobody, "Wrong#Password1", "203.0.113.12").getStatus()).isEqualTo(429);
	}

	@Test
	void twenty_parallel_wrong_passwords_are_checked_only_as_often_as_the_allowance() throws Exception {
		String username = newUser("clerk-parallel");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Callable<Integer>> guesses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				guesses.add(() -> tokenRequest(username, "Wrong#Password1", "203.0.113.13").getStatus());
			}
			for (Future<Integer> guess : pool.invokeAll(guesses)) {
				statuses.add(guess.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc
			.sql("select count(*) from operation_log where username = ? and action = 'account.login.failed'")
			.param(username)
			.query(Long.class)
			.single()).as("passwords checked").isEqualTo(5);
		assertThat(statuses).filteredOn(status -> status == 401).hasSize(4);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(16);
	}

	@Test
	void an_administrator_sees_which_address_waits_and_lifts_the_wait() throws Exception {
		String username = newUser("clerk-unlocked");
		for (int i = 0; i < 5; i++) {
			signIn(username, "Wrong#Password1", "203.0.113.14");
		}
		signIn(username, Staff.DEMO_PASSWORD, "203.0.113.14").andExpect(redirectedUrl("/login?error"));
		long id = this.jdbc.sql("select id from staff_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/admin/users/{id}/edit", id).with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("登录限制").contains("203.0.113.14").contains("解除该用户的全部登录限制");

		this.mvc
			.perform(post("/admin/users/{id}/sign-in-waits/clear", id).with(Staff.as(this.accounts, "admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id + "/edit"));
		assertThat(this.jdbc.sql("""
				select action from operation_log where username = 'admin' and target = ? order by id desc limit 1""")
			.param("user " + username)
			.query(String.class)
			.single()).isEqualTo("account.user.sign-in-waits.clear");
		signIn(username, Staff.DEMO_PASSWORD, "203.0.113.14").andExpect(redirectedUrl("/console"));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private String failurePage(String username, String password, String address) throws Exception {
		MvcResult result = signIn(username, password, address).andExpect(redirectedUrl("/login?error")).andReturn();
		Cookie failure = result.getResponse().getCookie("lx_login_error");
		return this.mvc.perform(get("/login").param("error", "").cookie(failure))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletResponse tokenRequest(String username, String password, String address) throws Exception {
		return this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
				.with(from(address)))
			.andReturn()
			.getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String newUser(String prefix) {
		String username = prefix + "-" + System.nanoTime();
		this.accounts.createIfAbsent(
				new NewStaffUser(username, "测试用户", "210802", null, DataScopeKind.OWN_REGION, Set.of("CONGRESS_OFFICE")),
				Staff.DEMO_PASSWORD, true);
		return username;
	}

}
