package org.lianxin.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps the survey page takes, through the JSON API: paper ballots, 整改 and re-vote.
 */
@LianxinTest
class SurveyStepsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	Voting voting;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	SurveyFixtures fixtures;

	CurrentUser office;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions, this.jdbc);
		this.office = Staff.load(this.accounts, "office-210811");
	}

	@Test
	void two_clerks_type_in_a_paper_sheet_through_the_api_and_a_same_person_second_entry_is_refused() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("接口纸票", 2);
		long id = this.surveys.create(this.office, SurveyFixtures.satisfaction(group,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), "区政府"));
		this.surveys.open(this.office, id);
		CurrentUser second = Staff.load(this.accounts, "admin");

		this.mvc
			.perform(post("/api/v1/surveys/{id}/paper-voters", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deputyId\":" + group.deputyIds().get(0) + "}"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(post("/api/v1/surveys/{id}/paper-voters", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deputyId\":" + group.deputyIds().get(0) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("您已经投过票，每人只能投一次"));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/paper-entries", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sheetNo\":1,\"clerk\":1,\"answers\":[2]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agreed").value(0))
			.andExpect(jsonPath("$.unresolved[0].sheetNo").value(1));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/paper-entries", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sheetNo\":1,\"clerk\":2,\"answers\":[2]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("同一张票的两次录入须由两个不同的人完成"));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/paper-entries", id).with(user(second))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"sheetNo\":1,\"clerk\":2,\"answers\":[2]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agreed").value(1))
			.andExpect(jsonPath("$.unresolved").isEmpty());
		this.mvc.perform(get("/api/v1/surveys/{id}/paper-entries", id).with(user(this.office)))
			.andExpect(jsonPath("$.agreed").value(1));
	}

	@Test
	void an_item_below_the_threshold_gets_its_report_and_a_revote_through_the_api() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("接口整改", 1);
		long id = this.surveys.create(this.office, SurveyFixtures.satisfaction(group,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), "区住建局", "区交通局"));
		this.surveys.open(this.office, id);
		this.voting.cast(group.deputies().get(0), id, SurveyVotingTests.answers(3, 1));
		this.surveys.close(this.office, id);
		String window = "{\"opensAt\":\"" + SurveyVotingTests.now() + "\",\"closesAt\":\""
				+ SurveyVotingTests.now().plusDays(1) + "\"}";

		this.mvc
			.perform(post("/api/v1/surveys/{id}/revotes", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(window))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("低于整改线的项目须全部提交整改报告后才能再次测评"));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/rectifications", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"position\":1,\"report\":\"无需整改\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("该项目未低于整改线，无需整改报告"));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/rectifications", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"position\":0,\"report\":\"已完成小区燃气改造\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].report").value("已完成小区燃气改造"));
		String created = this.mvc
			.perform(post("/api/v1/surveys/{id}/revotes", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(window))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.items[0].label").value("区住建局"))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).doesNotContain("区交通局");
	}

}
