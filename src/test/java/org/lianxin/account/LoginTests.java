package org.lianxin.account;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_demo_clerk_signs_in_and_lands_on_the_console() throws Exception {
		this.mvc.perform(formLogin().user("office-210802").password(Staff.DEMO_PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console"));
		assertThat(lastLogEntry("office-210802")).isEqualTo("account.login");
		assertThat(this.jdbc.sql("""
				select remote_address from operation_log where username = 'office-210802' order by id desc limit 1""")
			.query(String.class)
			.single()).as("from which address").isEqualTo("127.0.0.1");
	}

	@Test
	void a_wrong_password_says_how_many_tries_remain() throws Exception {
		String username = newUser("clerk-counter");
		String page = failLogin(username, "Wrong#Password1");
		assertThat(page).contains("再错 4 次须等待一段时间才能再试");
		page = failLogin(username, "Wrong#Password1");
		assertThat(page).contains("再错 3 次");
	}

	@Test
	void five_wrong_passwords_from_one_address_make_it_wait_and_say_until_when() throws Exception {
		String username = newUser("clerk-locked");
		for (int i = 0; i < 4; i++) {
			failLogin(username, "Wrong#Password1");
		}
		assertThat(failLogin(username, "Wrong#Password1"))
			.containsPattern("登录尝试次数过多，请于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 之后再试");
		// even the right password waits, from this address (SignInThrottleTests: not from
		// another)
		assertThat(failLogin(username, Staff.DEMO_PASSWORD)).contains("登录尝试次数过多");
	}

	@Test
	void unknown_usernames_get_the_same_answer_as_real_ones() throws Exception {
		assertThat(failLogin("nobody-" + System.nanoTime(), "Wrong#Password1")).contains("用户名或密码错误，再错 4 次");
	}

	@Test
	void signing_out_ends_the_session() throws Exception {
		MvcResult login = this.mvc.perform(formLogin().user("office-210803").password(Staff.DEMO_PASSWORD)).andReturn();
		// sessions live in the database (Spring Session), found again through the SESSION
		// cookie
		Cookie session = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/console").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void a_user_changes_their_password_under_the_rules() throws Exception {
		String username = newUser("clerk-password");
		var as = Staff.as(this.accounts, username);
		this.mvc
			.perform(post("/profile/password").with(as)
				.with(csrf())
				.param("currentPassword", "not-it")
				.param("newPassword", "Another#Pass2027")
				.param("confirmPassword", "Another#Pass2027"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("当前密码不正确")));
		this.mvc
			.perform(post("/profile/password").with(as)
				.with(csrf())
				.param("currentPassword", Staff.DEMO_PASSWORD)
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("新密码至少 10 个字符")));
		this.mvc
			.perform(post("/profile/password").with(as)
				.with(csrf())
				.param("currentPassword", Staff.DEMO_PASSWORD)
				.param("newPassword", "Another#Pass2027")
				.param("confirmPassword", "Another#Pass2027"))
			.andExpect(redirectedUrl("/profile"));
		this.mvc.perform(formLogin().user(username).password("Another#Pass2027")).andExpect(redirectedUrl("/console"));
		Boolean demo = this.jdbc.sql("select demo_password from staff_user where username = ?")
			.param(username)
			.query(Boolean.class)
			.single();
		assertThat(demo).as("a changed password is no longer the demo password").isFalse();
	}

	@Test
	void forms_without_a_csrf_token_are_refused() throws Exception {
		this.mvc.perform(post("/profile/tokens").with(Staff.as(this.accounts, "admin")).param("label", "x"))
			.andExpect(status().isForbidden());
	}

	private String newUser(String prefix) {
		String username = prefix + "-" + System.nanoTime();
		this.accounts.createIfAbsent(
				new NewStaffUser(username, "测试用户", "210802", null, DataScopeKind.OWN_REGION, Set.of("CONGRESS_OFFICE")),
				Staff.DEMO_PASSWORD, true);
		return username;
	}

	private String failLogin(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("a failed login creates no session").isNull();
		Cookie failure = result.getResponse().getCookie("lx_login_error");
		return this.mvc.perform(get("/login").param("error", "").cookie(failure))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String lastLogEntry(String username) {
		return this.jdbc.sql("select action from operation_log where username = ? order by id desc limit 1")
			.param(username)
			.query(String.class)
			.single();
	}

}
