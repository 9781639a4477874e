package org.lianxin.survey;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.internal.Rectifications;
import org.lianxin.survey.internal.SurveyResults;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class SurveyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	Voting voting;

	@Autowired
	Rectifications rectifications;

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

	@Autowired
	Clock clock;

	SurveyFixtures fixtures;

	CurrentUser office;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions, this.jdbc);
		this.office = Staff.load(this.accounts, "office-210811");
	}

	@Test
	void the_office_sets_up_and_opens_a_ballot_a_deputy_votes_on_the_page_and_the_office_reads_the_result()
			throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("页面", 1);
		LocalDateTime now = LocalDateTime.now(this.clock).withSecond(0).withNano(0);
		String location = this.mvc
			.perform(post("/surveys").with(user(this.office))
				.with(csrf())
				.param("title", "2026年度工作满意度测评")
				.param("series", "“三个微平台”等工作满意度测评")
				.param("year", "2026")
				.param("scale", "SATISFACTION")
				.param("electorate", "GROUP")
				.param("congressId", String.valueOf(group.congressId()))
				.param("groupId", String.valueOf(group.groupId()))
				.param("opensAt", now.minusHours(1).toString())
				.param("closesAt", now.plusHours(1).toString())
				.param("minCount", "1")
				.param("items", "“三个微平台”意见建议办理\n“双联系”制度落实"))
			.andExpect(flash().attribute("notice", "survey.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(post("/surveys/{id}/open", id).with(user(this.office)).with(csrf()))
			.andExpect(flash().attribute("notice", "survey.opened"));

		CurrentUser deputy = group.deputies().get(0);
		this.mvc.perform(get("/surveys/vote").with(user(deputy)))
			.andExpect(content().string(containsString("2026年度工作满意度测评")));
		this.mvc.perform(get("/surveys/vote/{id}", id).with(user(deputy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("基本满意")));
		this.mvc.perform(post("/surveys/vote/{id}", id).with(user(deputy)).with(csrf()).param("item-0", "1"))
			.andExpect(flash().attribute("problem", containsString("每一个项目")));
		this.mvc
			.perform(post("/surveys/vote/{id}", id).with(user(deputy))
				.with(csrf())
				.param("item-0", "1")
				.param("item-1", "2"))
			.andExpect(flash().attribute("notice", "survey.voted"));
		this.mvc.perform(get("/surveys/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("投票结束后才显示结果")));

		this.mvc.perform(post("/surveys/{id}/close", id).with(user(this.office)).with(csrf()))
			.andExpect(flash().attribute("notice", "survey.closed"));
		this.mvc.perform(get("/surveys/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("有效票 1 张；1 人参加投票，应参加 1 人，参与率 100%")));
		this.mvc.perform(get("/api/v1/surveys").param("region", "210811").with(user(this.office)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].year").value(2026));
		this.mvc.perform(get("/api/v1/surveys/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.results.turnout").value(100.0));
	}

	@Test
	void paper_sheets_count_once_two_clerks_agree_and_a_mismatch_is_shown_and_holds_the_count() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("纸票", 3);
		long id = this.surveys.create(this.office, SurveyFixtures.satisfaction(group,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), "区政府"));
		this.surveys.open(this.office, id);
		CurrentUser second = Staff.load(this.accounts, "admin");
		this.surveys.handOutPaper(this.office, id, group.deputyIds().get(0));
		this.surveys.handOutPaper(this.office, id, group.deputyIds().get(1));
		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, SurveyVotingTests.answers(1)))
			.hasMessage("survey.already-voted");

		this.surveys.enterPaper(this.office, id, 1, 1, SurveyVotingTests.answers(1));
		assertThatThrownBy(() -> this.surveys.enterPaper(this.office, id, 1, 2, SurveyVotingTests.answers(1)))
			.hasMessage("survey.paper.same-clerk");
		this.surveys.enterPaper(second, id, 1, 2, SurveyVotingTests.answers(1));
		this.surveys.enterPaper(this.office, id, 2, 1, SurveyVotingTests.answers(3));
		this.surveys.enterPaper(second, id, 2, 2, SurveyVotingTests.answers(2));
		this.mvc.perform(get("/surveys/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("两次录入不一致")));
		assertThatThrownBy(() -> this.surveys.close(this.office, id)).hasMessage("survey.paper.unresolved");

		this.mvc
			.perform(post("/surveys/{id}/paper/withdraw", id).with(user(second))
				.with(csrf())
				.param("sheetNo", "2")
				.param("clerk", "2"))
			.andExpect(flash().attribute("notice", "survey.paper.withdrawn"));
		this.mvc
			.perform(post("/surveys/{id}/paper", id).with(user(second))
				.with(csrf())
				.param("sheetNo", "2")
				.param("clerk", "2")
				.param("item-0", "3"))
			.andExpect(flash().attribute("notice", "survey.paper.entered"));
		this.surveys.close(this.office, id);

		SurveyResults.Results results = this.surveys.results(this.office, id);
		assertThat(results.ballots()).isEqualTo(2);
		assertThat(results.voted()).isEqualTo(2);
		assertThat(results.items().get(0).answers()).extracting(SurveyResults.AnswerCount::count)
			.containsExactly(1L, 0L, 1L);
	}

	@Test
	void an_item_below_the_threshold_needs_its_report_before_it_is_voted_on_again() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("整改", 2);
		long id = this.surveys.create(this.office, SurveyFixtures.satisfaction(group,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), "区住建局", "区交通局"));
		this.surveys.open(this.office, id);
		this.voting.cast(group.deputies().get(0), id, SurveyVotingTests.answers(3, 1));
		this.voting.cast(group.deputies().get(1), id, SurveyVotingTests.answers(3, 2));
		this.surveys.close(this.office, id);
		assertThatThrownBy(() -> this.rectifications.revote(this.office, id, SurveyVotingTests.now(),
				SurveyVotingTests.now().plusDays(1)))
			.hasMessage("survey.revote.not-ready");
		assertThatThrownBy(() -> this.rectifications.submit(this.office, id, 1, "无需整改"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("survey.rectification.not-needed");

		this.mvc
			.perform(post("/surveys/{id}/rectifications", id).with(user(this.office))
				.with(csrf())
				.param("position", "0")
				.param("report", "已完成小区燃气改造和道路修整"))
			.andExpect(flash().attribute("notice", "survey.rectification.saved"));
		long again = this.rectifications.revote(this.office, id, SurveyVotingTests.now(),
				SurveyVotingTests.now().plusDays(1));

		assertThat(this.surveys.get(this.office, again).items()).extracting(i -> i.label()).containsExactly("区住建局");
		assertThat(this.surveys.get(this.office, again).revoteOf()).isEqualTo(id);
		this.mvc.perform(get("/surveys/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("已完成小区燃气改造和道路修整")))
			.andExpect(content().string(not(containsString("name=\"position\" value=\"0\""))));
	}

}
