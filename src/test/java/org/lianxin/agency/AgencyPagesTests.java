package org.lianxin.agency;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class AgencyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_division_office_adds_an_agency_in_its_division_and_the_log_records_it() throws Exception {
		this.mvc
			.perform(post("/agencies").with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("code", "210803-TEST")
				.param("name", "西市区测试局")
				.param("kind", "GOVERNMENT_DEPARTMENT")
				.param("regionCode", "210803002")
				.param("contactPhone", "0417-1234567"))
			.andExpect(redirectedUrlPattern("/agencies/*"));
		assertThat(this.jdbc
			.sql("select count(*) from operation_log where username = 'office-210803' and action = 'agency.create'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_agency_cannot_be_placed_outside_the_users_scope() throws Exception {
		this.mvc
			.perform(post("/agencies").with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("code", "210802-INTRUDER")
				.param("name", "越权单位")
				.param("kind", "OTHER")
				.param("regionCode", "210802"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您数据范围内的区划")));
		assertThat(this.jdbc.sql("select count(*) from agency where code = '210802-INTRUDER'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void a_duplicate_code_is_refused_with_a_message_on_the_field() throws Exception {
		this.mvc
			.perform(post("/agencies").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("code", "210800-ZJJ")
				.param("name", "重复编码")
				.param("kind", "OTHER")
				.param("regionCode", "210800"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("单位编码 210800-ZJJ 已存在")));
	}

	@Test
	void disabling_an_agency_keeps_it_listed_as_disabled() throws Exception {
		long id = this.jdbc.sql("select id from agency where code = '210881-FY'").query(Long.class).single();
		this.mvc
			.perform(post("/agencies/{id}", id).with(Staff.as(this.accounts, "office-210881"))
				.with(csrf())
				.param("name", "盖州市人民法院")
				.param("kind", "COURT")
				.param("_enabled", "on")) // what a browser sends for an unticked checkbox
			.andExpect(redirectedUrlPattern("/agencies/*"));
		this.mvc.perform(get("/agencies").param("enabled", "false").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(content().string(containsString("盖州市人民法院")));
		this.mvc.perform(post("/agencies/{id}", id).with(Staff.as(this.accounts, "office-210881"))
			.with(csrf())
			.param("name", "盖州市人民法院")
			.param("kind", "COURT")
			.param("enabled", "true"));
	}

	@Test
	void editing_an_agency_outside_the_scope_answers_not_found() throws Exception {
		long id = this.jdbc.sql("select id from agency where code = '210881-FY'").query(Long.class).single();
		this.mvc.perform(get("/agencies/{id}/edit", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("不存在")));
	}

}
