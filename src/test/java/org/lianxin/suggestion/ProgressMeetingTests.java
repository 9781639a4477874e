package org.lianxin.suggestion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 年中推进会: the board shows each registered suggestion with its open promises, and the
 * printable agenda takes the key ones (and the overdue, and promises due within a month).
 */
@LianxinTest
class ProgressMeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void the_board_shows_the_open_promises_and_the_agenda_takes_the_key_suggestions() throws Exception {
		this.mvc.perform(get("/suggestions/progress").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未兑现承诺 1 项")))
			.andExpect(content().string(containsString("第1次会议第178号")));
		this.mvc.perform(get("/suggestions/progress/agenda").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1次会议第1号")))
			// 第2号 is neither key, overdue nor promising: not on the agenda
			.andExpect(content().string(not(containsString("第1次会议第2号 "))));
		this.mvc.perform(get("/suggestions/progress").with(Staff.as(this.accounts, "agency-210811")))
			.andExpect(status().isForbidden());
	}

}
