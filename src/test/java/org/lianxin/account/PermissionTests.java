package org.lianxin.account;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class PermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void anonymous_visitors_are_sent_to_the_login_page() throws Exception {
		this.mvc.perform(get("/agencies")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void the_public_front_page_and_health_need_no_login() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("连心")));
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void the_operation_log_is_for_administrators_only() throws Exception {
		this.mvc.perform(get("/admin/operation-log").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/operation-log").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作日志")));
	}

	@Test
	void an_agency_handler_cannot_edit_agencies_or_regions() throws Exception {
		var handler = Staff.as(this.accounts, "agency-210802");
		this.mvc.perform(get("/agencies/new").with(handler)).andExpect(status().isForbidden());
		this.mvc.perform(get("/regions/210802/edit").with(handler)).andExpect(status().isForbidden());
	}

	@Test
	void the_menu_shows_only_what_the_user_may_open() throws Exception {
		this.mvc.perform(get("/console").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/agencies\"")))
			.andExpect(content().string(not(containsString("href=\"/regions\""))))
			.andExpect(content().string(not(containsString("href=\"/admin/operation-log\""))));
		this.mvc.perform(get("/console").with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("href=\"/admin/operation-log\"")));
	}

	@Test
	void metrics_are_for_staff_with_the_monitor_permission() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/prometheus").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void pages_follow_the_users_language_choice() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("工作人员登录")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Staff sign-in")));
	}

}
