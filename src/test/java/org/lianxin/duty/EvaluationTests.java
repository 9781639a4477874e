package org.lianxin.duty;

import java.math.BigDecimal;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.internal.Evaluations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Scores of March 2025, a month no other test writes records in. */
@LianxinTest
class EvaluationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void verified_records_score_by_their_kind_up_to_each_cap_and_the_total_gives_grade_and_rank() throws Exception {
		String location = this.mvc
			.perform(post("/duty/evaluations").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("name", "2025年3月考评（测试）")
				.param("startsOn", "2025-03-01")
				.param("endsOn", "2025-03-31"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (String day : new String[] { "2025-03-03", "2025-03-10", "2025-03-17" }) {
			verify(record("MEETING", day, "考评：出席常委会会议 " + day));
		}
		verify(record("CONTACTING_VOTERS", "2025-03-20", "考评：进站接待"));
		record("INSPECTION", "2025-03-21", "考评：未审核的视察");

		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		Evaluations.Score mine = this.evaluations.scoreOf(batch, deputy, "王秀英").orElseThrow();
		// three meetings at 10 points are capped at 20; one contact at 2; the unverified
		// inspection counts nothing
		assertThat(mine.total()).isEqualByComparingTo(new BigDecimal("22"));
		assertThat(mine.grade()).isEqualTo(Evaluations.Grade.INCOMPETENT);

		this.mvc
			.perform(get("/api/v1/duty/evaluations/{id}/scores", batch).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(jsonPath("$.scores[0].name").value("王秀英"))
			.andExpect(jsonPath("$.scores[0].rank").value(1))
			.andExpect(jsonPath("$.scores[0].total").value(22.0))
			.andExpect(jsonPath("$.scores[1].rank").value(2));
		this.mvc
			.perform(get("/api/v1/duty/evaluations/{id}/scores", batch).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(jsonPath("$.scores[*].name", not(hasItem("王秀英"))));
		this.mvc.perform(get("/duty/evaluations/{id}", batch).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("不称职")));
		this.mvc.perform(get("/duty/evaluations/{id}.xlsx", batch).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/duty/evaluations").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isForbidden());
	}

	private int record(String type, String day, String title) throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/duty/records").with(Staff.as(this.accounts, "deputy-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"" + type + "\",\"date\":\"" + day + "\",\"title\":\"" + title + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private void verify(int id) throws Exception {
		this.mvc.perform(post("/api/v1/duty/records/" + id + "/verify").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk());
	}

}
