package org.lianxin.opinion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class OpinionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OpinionIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpinionWorkflow workflow;

	@Test
	void the_timeline_names_the_citizen_and_the_office_not_their_logins() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210802001", "时间线：路灯不亮", null)).id();
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();
		this.mvc
			.perform(post("/opinions/{id}/assign", id).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("leadAgencyId", String.valueOf(agency)))
			.andExpect(redirectedUrl("/opinions/" + id));

		String office = Staff.load(this.accounts, "office-210802").displayName();
		assertThat(office).isNotBlank().isNotEqualTo("office-210802");
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("<span class=\"lx-actor\">群众</span>")))
			.andExpect(content().string(containsString("<span class=\"lx-actor\">" + office + "</span>")))
			.andExpect(content().string(not(containsString(">office-210802<"))))
			.andExpect(content().string(not(containsString(">citizen<"))));
	}

	@Test
	void the_office_assigns_from_its_inbox_and_the_agency_signs_and_replies_on_the_case_page() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210802001", "页面流程：人行道砖松动", null)).id();
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();

		this.mvc.perform(get("/opinions").param("inbox", "true").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面流程：人行道砖松动")));
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("action-ASSIGN")))
			.andExpect(content().string(containsString("139****0001")))
			.andExpect(content().string(not(containsString("13904170001"))));
		MvcResult assigned = this.mvc
			.perform(post("/opinions/{id}/assign", id).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("leadAgencyId", String.valueOf(agency)))
			.andExpect(redirectedUrl("/opinions/" + id))
			.andExpect(flash().attribute("notice", "opinion.step.done"))
			.andExpect(flash().attribute("noticeArguments", new Object[] { "交办" }))
			.andReturn();
		// the page the office is sent back to says so, in words
		this.mvc
			.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802"))
				.cookie(assigned.getResponse().getCookies()))
			.andExpect(content().string(containsString("role=\"status\">已交办</div>")));

		this.mvc.perform(get("/opinions").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(content().string(containsString("页面流程：人行道砖松动")));
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(content().string(containsString("action-SIGN")))
			.andExpect(content().string(containsString("action-RETURN")))
			.andExpect(content().string(not(containsString("action-ASSIGN"))));
		this.mvc.perform(post("/opinions/{id}/sign", id).with(Staff.as(this.accounts, "agency-210802")).with(csrf()))
			.andExpect(flash().attribute("noticeArguments", new Object[] { "签收" }));
		this.mvc
			.perform(post("/opinions/{id}/reply", id).with(Staff.as(this.accounts, "agency-210802"))
				.with(csrf())
				.param("result", "A")
				.param("text", "已重新铺设人行道砖"))
			.andExpect(flash().attribute("noticeArguments", new Object[] { "答复" }));
		assertThat(this.jdbc.sql("select status from opinion where id = ?").param(id).query(String.class).single())
			.isEqualTo("REPLIED");
	}

	@Test
	void co_handling_agencies_are_ticked_and_closing_asks_once_more() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210802001", "页面：协办单位勾选", null)).id();
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("type=\"checkbox\" name=\"coAgencyIds\"")))
			.andExpect(content().string(not(containsString("name=\"coAgencyIds\" multiple"))));
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		this.workflow.answerDirectly(office, id, "已当面解释");
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("id=\"confirm-close\"")))
			.andExpect(content().string(containsString("确认办结")));
	}

	@Test
	void a_step_the_state_does_not_allow_comes_back_with_its_message() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210802001", "页面流程：非法操作", null)).id();
		this.mvc
			.perform(post("/opinions/{id}/feedback", id).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("channel", "PHONE")
				.param("text", "已告知"))
			.andExpect(flash().attribute("problem", "该件当前状态为“待交办”，不能“反馈”"));
		this.mvc.perform(post("/opinions/{id}/decline", id).with(Staff.as(this.accounts, "office-210802")).with(csrf()))
			.andExpect(flash().attribute("problem", "请填写说明"));
		this.mvc
			.perform(
					post("/opinions/{id}/no-such-step", id).with(Staff.as(this.accounts, "office-210802")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_deputy_records_what_they_collected_last_month_and_it_is_flagged_late() throws Exception {
		this.mvc.perform(get("/opinions/new").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"DEPUTY\" selected")));
		String location = this.mvc
			.perform(post("/opinions/new").with(Staff.as(this.accounts, "deputy-demo"))
				.with(csrf())
				.param("formToken", "record-1")
				.param("channel", "DEPUTY")
				.param("categoryCode", "EDUCATION")
				.param("regionCode", "210802")
				.param("description", "登记：走访时群众反映幼儿园学位紧张")
				.param("phone", "13904170013")
				.param("collectedOn", "2020-03-05"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/opinions/".length()));
		assertThat(this.jdbc.sql("select channel || ' ' || late_entry from opinion where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("DEPUTY true");
		this.mvc.perform(get(location).with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(content().string(containsString("未当月上传")));
		this.mvc
			.perform(post("/opinions/new").with(Staff.as(this.accounts, "deputy-demo"))
				.with(csrf())
				.param("formToken", "record-2")
				.param("channel", "DEPUTY")
				.param("categoryCode", "EDUCATION")
				.param("regionCode", "210802")
				.param("description", " ")
				.param("collectedOn", "2099-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请描述您反映的问题")));
		this.mvc.perform(get("/opinions/new").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_case_outside_the_scope_is_not_found() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210804002", "页面流程：别区的件", null)).id();
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/opinions").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(not(containsString("页面流程：别区的件"))));
	}

	@Test
	void revealing_the_citizens_number_shows_it_once_and_logs_who_saw_it() throws Exception {
		long id = this.intake.submit(OpinionWorkflowTests.citizen("210802001", "页面流程：回访要打电话", null)).id();
		this.mvc.perform(post("/opinions/{id}/phone", id).with(Staff.as(this.accounts, "office-210802")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13904170001")));
		assertThat(this.jdbc.sql("""
				select count(*) from operation_log
				where action = 'privacy.phone.reveal' and target = ? and username = 'office-210802'""")
			.param("opinion " + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(post("/opinions/{id}/phone", id).with(Staff.as(this.accounts, "deputy-demo")).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
