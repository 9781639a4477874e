package org.lianxin.suggestion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: the deputy files on the phone form, the office registers and assigns, the
 * agency signs and replies with promised items, a refused step says why and writes
 * nothing, and the figures and the league table open.
 */
@LianxinTest
class SuggestionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_deputy_files_on_the_form_and_the_office_and_agency_take_it_to_a_reply_with_a_promised_item()
			throws Exception {
		this.mvc.perform(as("deputy-demo", get("/suggestions/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion-form\"")));
		String location = this.mvc
			.perform(as("deputy-demo", post("/suggestions")).param("title", "页面：关于增设口袋公园的建议")
				.param("body", "小区周边缺少休闲场地。")
				.param("category", "URBAN")
				.param("sessionNumber", "1")
				.param("period", "RECESS"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/suggestions/");
		long id = Long.parseLong(location.substring("/suggestions/".length()));

		this.mvc.perform(as("office-210802", get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-REGISTER\"")));
		step("office-210802", id, "register").andExpect(flash().attribute("notice", "suggestion.step.done"));
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();
		this.mvc.perform(as("office-210802", post("/suggestions/" + id + "/assign")).param("leadAgencyId",
				String.valueOf(agency)));
		step("agency-210802", id, "sign");
		this.mvc.perform(as("agency-210802", post("/suggestions/" + id + "/contact")).param("mode", "IN_PERSON")
			.param("text", "到现场面商"));

		// a B reply without its promised items' days comes back with the reason; nothing
		// changes
		this.mvc
			.perform(as("agency-210802", post("/suggestions/" + id + "/reply")).param("resultClass", "B")
				.param("text", "列入明年计划")
				.param("signatory", "李局长")
				.param("itemText", "建成口袋公园")
				.param("itemDue", ""))
			.andExpect(flash().attribute("problem", "每项承诺事项须有晚于今天的完成期限"));
		assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
		this.mvc
			.perform(as("agency-210802", post("/suggestions/" + id + "/reply")).param("resultClass", "B")
				.param("text", "列入明年计划")
				.param("signatory", "李局长")
				.param("itemText", "建成口袋公园", "")
				.param("itemDue", "2099-06-30", ""))
			.andExpect(flash().attribute("notice", "suggestion.step.done"));
		assertThat(statusOf(id)).isEqualTo("REPLIED");
		this.mvc.perform(as("agency-210802", get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建成口袋公园")));
	}

	@Test
	void an_agency_of_another_division_does_not_find_the_suggestion_page() throws Exception {
		String location = this.mvc
			.perform(as("deputy-demo", post("/suggestions")).param("title", "页面：范围")
				.param("body", "内容")
				.param("category", "OTHER")
				.param("period", "SESSION"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(as("office-210803", get(location))).andExpect(status().isNotFound());
		this.mvc.perform(as("agency-210803", get(location))).andExpect(status().isNotFound());
	}

	@Test
	void the_figures_open_their_lists_and_the_league_table_downloads_as_xlsx() throws Exception {
		this.mvc.perform(as("office-210802", get("/suggestions/stats")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/suggestions?figure=CLOSED")))
			.andExpect(content().string(containsString("办结件数 ÷ 立案件数")));
		this.mvc.perform(as("office-210802", get("/suggestions?figure=RECEIVED"))).andExpect(status().isOk());
		this.mvc.perform(as("office-210802", get("/suggestions/agencies"))).andExpect(status().isOk());
		this.mvc.perform(as("office-210802", get("/suggestions/agencies.xlsx")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	private org.springframework.test.web.servlet.ResultActions step(String user, long id, String action)
			throws Exception {
		return this.mvc.perform(as(user, post("/suggestions/" + id + "/" + action)));
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from suggestion where id = ?").param(id).query(String.class).single();
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

}
