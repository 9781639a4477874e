package org.lianxin.account;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 记录完整性 is the administrator's: a check run from the page is kept and shown, says that
 * every chain matched, and is itself in the operation log; nobody else may open it.
 */
@LianxinTest
class HistoryIntegrityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_administrator_checks_the_histories_and_sees_that_they_are_intact() throws Exception {
		this.mvc.perform(post("/admin/history-integrity/check").with(Staff.as(this.accounts, "admin")).with(csrf()))
			.andExpect(redirectedUrl("/admin/history-integrity"))
			.andExpect(flash().attribute("notice", "history.check.intact"));

		this.mvc.perform(get("/admin/history-integrity").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("记录完整性")))
			.andExpect(content().string(containsString("完整")));
		assertThat(this.jdbc
			.sql("select detail from operation_log where action = 'platform.history.check' "
					+ "order by id desc limit 1")
			.query(String.class)
			.single()).startsWith("intact: ");
	}

	@Test
	void nobody_but_an_administrator_opens_it() throws Exception {
		this.mvc.perform(get("/admin/history-integrity").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/history-integrity/check").with(Staff.as(this.accounts, "office-210802")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
