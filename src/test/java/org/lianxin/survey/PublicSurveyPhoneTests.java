package org.lianxin.survey;

import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.SecretTexts;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.internal.Surveys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A public survey's one vote per phone, proved (issue 14 review: the number typed was
 * taken on trust): the vote asks for the code sent to the phone by SMS; without it, or
 * with a wrong one, nothing is written; the same number, however written, votes once.
 */
@LianxinTest
class PublicSurveyPhoneTests {

	private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	SecretTexts secrets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long survey;

	@BeforeEach
	void openSurvey() {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		var fixtures = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions, this.jdbc);
		this.survey = this.surveys.create(office,
				SurveyElectorateTests.of(Electorate.PUBLIC, fixtures.group("公众验证", 1).congressId(), "公众验证码测评"));
		this.surveys.open(office, this.survey);
	}

	@Test
	void a_vote_without_the_code_sent_to_the_phone_or_with_a_wrong_one_is_refused_and_nothing_is_written()
			throws Exception {
		this.mvc.perform(
				post("/public/vote/{id}", this.survey).with(csrf()).param("phone", "13812340001").param("item-0", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请先点“获取验证码”")));
		this.mvc
			.perform(post("/api/v1/public/surveys/{id}/ballots", this.survey).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"13812340001\",\"answers\":[1]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("获取验证码")));
		String sent = codeSentTo("13812340001");
		String wrong = sent.equals("000000") ? "111111" : "000000";
		this.mvc
			.perform(post("/public/vote/{id}", this.survey).with(csrf())
				.param("phone", "13812340001")
				.param("code", wrong)
				.param("item-0", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("验证码不正确或已过期")));
		// the code of one number does not vote for another
		this.mvc
			.perform(post("/public/vote/{id}", this.survey).with(csrf())
				.param("phone", "13812340002")
				.param("code", sent)
				.param("item-0", "1"))
			.andExpect(status().isBadRequest());
		assertThat(rollAndBallots()).containsExactly(0L, 0L);
	}

	@Test
	void the_code_sent_to_the_phone_votes_once_and_a_second_vote_from_the_same_number_is_refused() throws Exception {
		String code = codeSentTo("13812340003");
		this.mvc
			.perform(post("/public/vote/{id}", this.survey).with(csrf())
				.param("phone", "138 1234 0003")
				.param("code", code)
				.param("item-0", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票成功")));
		// the same number written otherwise, with its valid code, through the API
		this.mvc
			.perform(post("/api/v1/public/surveys/{id}/ballots", this.survey).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"+86 13812340003\",\"code\":\"" + code + "\",\"answers\":[3]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("这个手机号已经投过票了，每人只能投一次"));
		assertThat(rollAndBallots()).containsExactly(1L, 1L);
	}

	/** Asks for the phone's code as the page does, and reads it from the SMS queued. */
	private String codeSentTo(String phone) throws Exception {
		this.mvc.perform(post("/public/vote/{id}/code", this.survey).with(csrf()).param("phone", phone))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("验证码已发送")));
		String sealed = this.jdbc.sql("""
				select sealed_message from notification_outbox where message_key like ? order by id desc limit 1""")
			.param("survey " + this.survey + " code %")
			.query(String.class)
			.single();
		Matcher code = CODE.matcher(this.secrets.open(sealed));
		assertThat(code.find()).as("the SMS carries the code").isTrue();
		return code.group(1);
	}

	private List<Long> rollAndBallots() {
		return List.of(
				this.jdbc.sql("select count(*) from survey_voter where survey_id = ?")
					.param(this.survey)
					.query(Long.class)
					.single(),
				this.jdbc.sql("select count(*) from survey_ballot where survey_id = ?")
					.param(this.survey)
					.query(Long.class)
					.single());
	}

}
