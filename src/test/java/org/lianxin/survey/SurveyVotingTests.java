package org.lianxin.survey;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.internal.SurveyResults;
import org.lianxin.survey.SurveyScale;
import org.lianxin.survey.internal.Surveys;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LianxinTest
class SurveyVotingTests {

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
	void each_deputy_votes_once_and_the_count_with_turnout_shows_only_after_closing() {
		SurveyFixtures.Group group = this.fixtures.group("计票", 4);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府", "区法院"));
		this.voting.cast(group.deputies().get(0), id, answers(1, 3));
		this.voting.cast(group.deputies().get(1), id, answers(2, 3));
		this.voting.cast(group.deputies().get(2), id, answers(1, 1));
		assertThat(this.surveys.results(this.office, id).counted()).isFalse();

		this.surveys.close(this.office, id);

		SurveyResults.Results results = this.surveys.results(this.office, id);
		assertThat(results.ballots()).isEqualTo(3);
		assertThat(results.voted()).isEqualTo(3);
		assertThat(results.electorate()).isEqualTo(4);
		assertThat(results.turnout()).isEqualByComparingTo("75.0");
		assertThat(results.items().get(0).answers()).extracting(SurveyResults.AnswerCount::count)
			.containsExactly(2L, 1L, 0L);
		assertThat(results.items().get(0).score()).isEqualByComparingTo("100.0");
		assertThat(results.items().get(1).score()).isEqualByComparingTo("33.3");
		assertThat(results.items().get(1).belowThreshold()).isTrue();
		assertThat(results.items().get(0).belowThreshold()).isFalse();
	}

	@Test
	void a_second_vote_is_refused_and_writes_nothing() {
		SurveyFixtures.Group group = this.fixtures.group("重投", 2);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府"));
		CurrentUser deputy = group.deputies().get(0);
		this.voting.cast(deputy, id, answers(1));

		assertThatThrownBy(() -> this.voting.cast(deputy, id, answers(3))).isInstanceOf(RuleViolationException.class)
			.hasMessage("survey.already-voted");
		assertThat(ballots(id)).isEqualTo(1);
		assertThat(roll(id)).isEqualTo(1);
	}

	@Test
	void of_two_concurrent_votes_by_one_deputy_exactly_one_counts() throws Exception {
		SurveyFixtures.Group group = this.fixtures.group("并发", 1);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府"));
		CurrentUser deputy = group.deputies().get(0);
		int attempts = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				Callable<Boolean> vote = () -> {
					start.await();
					try {
						this.voting.cast(deputy, id, answers(1));
						return true;
					}
					catch (RuleViolationException ex) {
						return false;
					}
				};
				outcomes.add(pool.submit(vote));
			}
			start.countDown();
			int accepted = 0;
			for (Future<Boolean> outcome : outcomes) {
				accepted += outcome.get() ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(ballots(id)).isEqualTo(1);
		assertThat(roll(id)).isEqualTo(1);
	}

	@Test
	void a_vote_after_closing_time_is_refused_and_writes_nothing() {
		SurveyFixtures.Group group = this.fixtures.group("截止", 1);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(2), now().minusHours(1), "区政府"));

		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, answers(1)))
			.hasMessage("survey.not-voting");
		assertThat(ballots(id) + roll(id)).isZero();
	}

	@Test
	void a_vote_on_a_closed_survey_is_refused() {
		SurveyFixtures.Group group = this.fixtures.group("已关", 1);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府"));
		this.surveys.close(this.office, id);

		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, answers(1)))
			.hasMessage("survey.not-voting");
	}

	@Test
	void a_ballot_choosing_more_than_allowed_is_refused_and_writes_nothing() {
		SurveyFixtures.Group group = this.fixtures.group("多选", 1);
		long id = openSurvey(new NewSurvey(null, "民生实事候选项目", 2026, "候选项目票决", SurveyScale.CHOICE, 2, Electorate.GROUP,
				group.congressId(), group.groupId(), now().minusHours(1), now().plusHours(1), 1, null,
				List.of(new SurveyItem("农村公路", null), new SurveyItem("有线电视", null), new SurveyItem("中央分割带", null))));

		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, answers(1, 1, 1)))
			.hasMessage("survey.answers.too-many");
		assertThat(ballots(id) + roll(id)).isZero();
		this.voting.cast(group.deputies().get(0), id, answers(1, 0, 1));
		assertThat(ballots(id)).isEqualTo(1);
	}

	@Test
	void a_deputy_outside_the_electorate_is_told_so_and_nothing_is_written() {
		SurveyFixtures.Group group = this.fixtures.group("范围", 1);
		SurveyFixtures.Group other = this.fixtures.group("他组", 1);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府"));

		assertThatThrownBy(() -> this.voting.cast(other.deputies().get(0), id, answers(1)))
			.hasMessage("survey.not-in-electorate");
		assertThat(ballots(id) + roll(id)).isZero();
		assertThat(this.voting.openFor(other.deputies().get(0))).noneMatch(open -> open.survey().id() == id);
		assertThat(this.voting.openFor(group.deputies().get(0))).anyMatch(open -> open.survey().id() == id);
	}

	@Test
	void a_ballot_missing_an_item_is_refused() {
		SurveyFixtures.Group group = this.fixtures.group("缺项", 1);
		long id = openSurvey(SurveyFixtures.satisfaction(group, now().minusHours(1), now().plusHours(1), "区政府", "区法院"));

		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, answers(1)))
			.hasMessage("survey.answers.incomplete");
		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, answers(1, 4)))
			.hasMessage("survey.answers.incomplete");
		assertThat(ballots(id) + roll(id)).isZero();
	}

	private long openSurvey(NewSurvey spec) {
		long id = this.surveys.create(this.office, spec);
		this.surveys.open(this.office, id);
		return id;
	}

	private long ballots(long id) {
		return this.jdbc.sql("select count(*) from survey_ballot where survey_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long roll(long id) {
		return this.jdbc.sql("select count(*) from survey_voter where survey_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	static short[] answers(int... values) {
		short[] answers = new short[values.length];
		for (int i = 0; i < values.length; i++) {
			answers[i] = (short) values[i];
		}
		return answers;
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now();
	}

}
