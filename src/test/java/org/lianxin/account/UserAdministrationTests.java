package org.lianxin.account;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class UserAdministrationTests {

	static final String PASSWORD = "Handler#Pass2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_division_office_creates_a_handler_who_can_then_sign_in() throws Exception {
		String username = "handler-" + System.nanoTime();
		this.mvc
			.perform(newUser("office-210802", username, "210802001", "AGENCY_HANDLER", "OWN_AGENCY").param("agencyId",
					agencyId("210802001-BTD")))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/console"));
		assertThat(
				this.jdbc.sql("select count(*) from operation_log where action = 'account.user.create' and target = ?")
					.param("user " + username)
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void nobody_grants_a_role_more_powerful_than_their_own() throws Exception {
		String username = "climber-" + System.nanoTime();
		this.mvc.perform(newUser("office-210802", username, "210802", "CITY_ADMIN", "REGION_AND_BELOW"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能授予超出您自身权限的角色")));
		assertThat(this.accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void a_division_office_cannot_create_accounts_elsewhere_or_city_wide() throws Exception {
		this.mvc
			.perform(newUser("office-210802", "elsewhere-" + System.nanoTime(), "210803", "CONGRESS_OFFICE",
					"REGION_AND_BELOW"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您数据范围内的区划")));
		this.mvc.perform(newUser("office-210802", "citywide-" + System.nanoTime(), "210802", "CONGRESS_OFFICE", "ALL"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只有全市范围的管理员")));
	}

	@Test
	void accounts_outside_the_scope_cannot_be_opened() throws Exception {
		long other = this.accounts.findByUsername("office-210803").orElseThrow().id();
		this.mvc.perform(get("/admin/users/{id}/edit", other).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_disabled_account_cannot_sign_in() throws Exception {
		String username = "leaver-" + System.nanoTime();
		this.mvc.perform(newUser("admin", username, "210881", "CONGRESS_OFFICE", "REGION_AND_BELOW"))
			.andExpect(redirectedUrl("/admin/users"));
		long id = this.accounts.findByUsername(username).orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/{id}", id).with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("displayName", "已调离")
				.param("regionCode", "210881")
				.param("dataScope", "REGION_AND_BELOW")
				.param("roleCodes", "CONGRESS_OFFICE")
				.param("_enabled", "on"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void an_administrator_cannot_disable_their_own_account() throws Exception {
		long admin = this.accounts.findByUsername("admin").orElseThrow().id();
		this.mvc
			.perform(post("/admin/users/{id}", admin).with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("displayName", "管理员")
				.param("regionCode", "210800")
				.param("dataScope", "ALL")
				.param("roleCodes", "CITY_ADMIN")
				.param("_enabled", "on"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能停用自己的账号")));
	}

	private MockHttpServletRequestBuilder newUser(String actor, String username, String region, String role,
			String scope) {
		return post("/admin/users").with(Staff.as(this.accounts, actor))
			.with(csrf())
			.param("username", username)
			.param("displayName", "测试用户")
			.param("regionCode", region)
			.param("dataScope", scope)
			.param("roleCodes", role)
			.param("password", PASSWORD);
	}

	private String agencyId(String code) {
		return String
			.valueOf(this.jdbc.sql("select id from agency where code = ?").param(code).query(Long.class).single());
	}

}
