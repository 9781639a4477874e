package org.lianxin.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.internal.Attendance;
import org.lianxin.survey.internal.SurveyResults;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The members present at a meeting and the public as electorates. */
@LianxinTest
class SurveyElectorateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	Voting voting;

	@Autowired
	Attendance attendance;

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
	PhoneNumbers phones;

	@Autowired
	Clock clock;

	SurveyFixtures fixtures;

	CurrentUser office;

	@BeforeEach
	void fixtures() {
		this.fixtures = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions, this.jdbc);
		this.office = Staff.load(this.accounts, "office-210811");
	}

	/** The code the phone was sent for the survey (see PublicSurveyPhoneTests). */
	private String code(long survey, String phone) {
		return this.phones.codeFor(phone, "survey " + survey, this.clock.millis() / Duration.ofMinutes(10).toMillis())
			.orElseThrow();
	}

	static NewSurvey of(Electorate electorate, long congressId, String title) {
		return new NewSurvey(null, title, 2026, title, SurveyScale.SATISFACTION, null, electorate, congressId, null,
				SurveyVotingTests.now().minusHours(1), SurveyVotingTests.now().plusHours(1), 1, new BigDecimal("80"),
				List.of(new SurveyItem("区政府", null)));
	}

	@Test
	void only_the_deputies_the_clerk_records_present_vote_at_a_meeting() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("到会", 3);
		long id = this.surveys.create(this.office, of(Electorate.MEETING, group.congressId(), "到会代表测评"));
		this.surveys.open(this.office, id);
		this.mvc
			.perform(post("/surveys/{id}/attendees", id).with(user(this.office))
				.with(csrf())
				.param("deputyId", group.deputyIds().get(0).toString()))
			.andExpect(flash().attribute("notice", "survey.attendance.recorded"));
		this.mvc
			.perform(post("/api/v1/surveys/{id}/attendees", id).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"deputyId\":" + group.deputyIds().get(1) + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2));
		assertThatThrownBy(() -> this.attendance.recordPresent(this.office, id, group.deputyIds().get(1)))
			.hasMessage("survey.attendance.already");
		assertThatThrownBy(() -> this.attendance.recordPresent(this.office, id, -5))
			.hasMessage("survey.attendance.not-serving");

		assertThat(this.voting.openFor(group.deputies().get(0))).extracting(o -> o.survey().id()).contains(id);
		assertThat(this.voting.openFor(group.deputies().get(2))).extracting(o -> o.survey().id()).doesNotContain(id);
		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(2), id, SurveyVotingTests.answers(1)))
			.hasMessage("survey.not-in-electorate");
		this.voting.cast(group.deputies().get(0), id, SurveyVotingTests.answers(1));
		this.surveys.close(this.office, id);

		SurveyResults.Results results = this.surveys.results(this.office, id);
		assertThat(results.voted()).isEqualTo(1);
		assertThat(results.electorate()).isEqualTo(2);
		assertThatThrownBy(() -> this.attendance.recordPresent(this.office, id, group.deputyIds().get(2)))
			.hasMessage("survey.attendance.closed");
	}

	@Test
	void the_public_votes_once_per_phone_number_checked_like_the_opinion_form() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("公众", 1);
		long id = this.surveys.create(this.office, of(Electorate.PUBLIC, group.congressId(), "公众满意度测评"));
		this.mvc.perform(get("/public/vote/{id}", id)).andExpect(status().isNotFound());
		this.surveys.open(this.office, id);

		this.mvc.perform(get("/public/vote/{id}", id)).andExpect(content().string(containsString("手机号码")));
		this.mvc
			.perform(post("/public/vote/{id}", id).with(csrf())
				.param("phone", "138 1234 5678")
				.param("code", code(id, "13812345678"))
				.param("item-0", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票成功")));
		this.mvc
			.perform(post("/public/vote/{id}", id).with(csrf())
				.param("phone", "+86 13812345678")
				.param("code", code(id, "13812345678"))
				.param("item-0", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("每人只能投一次")));
		this.mvc.perform(post("/public/vote/{id}", id).with(csrf()).param("phone", "12345").param("item-0", "3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("手机号码格式不正确")));
		this.mvc
			.perform(post("/api/v1/public/surveys/{id}/ballots", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"0417-2812345\",\"code\":\"" + code(id, "04172812345") + "\",\"answers\":[2]}"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(post("/api/v1/public/surveys/{id}/ballots", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\":[2]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("请填写手机号码，每个手机号只能投一票"));
		assertThat(this.voting.openFor(group.deputies().get(0))).extracting(o -> o.survey().id()).doesNotContain(id);

		this.surveys.close(this.office, id);
		SurveyResults.Results results = this.surveys.results(this.office, id);
		assertThat(results.ballots()).isEqualTo(2);
		assertThat(results.items().get(0).answers()).extracting(SurveyResults.AnswerCount::count)
			.containsExactly(1L, 1L, 0L);
		this.mvc
			.perform(post("/api/v1/public/surveys/{id}/ballots", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"13900001111\",\"answers\":[2]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("该测评现在不接受投票（未开始或已截止）"));
	}

}
