package org.lianxin.duty;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyFixtures;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Taking part in a vote gives the deputy one duty record, saying that they voted. */
@LianxinTest
@EnableScenarios
class VoteFlowTests {

	@Autowired
	SurveyManagement surveys;

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

	@Autowired
	java.time.Clock clock;

	@Test
	void a_deputy_who_voted_gets_one_duty_record_of_it(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("履职", 1);
		long id = this.surveys.create(office, SurveyFixtures.satisfaction(group, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1), "区政府"));
		this.surveys.open(office, id);
		String source = "survey:" + id + ":" + group.deputyIds().get(0);

		scenario.stimulate(() -> this.voting.cast(group.deputies().get(0), id, new short[] { 2 }))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc
				.sql("select t.code || ' ' || r.title from duty_record r join duty_record_type t on t.id = r.type_id"
						+ " where r.source_ref = ?")
				.param(source)
				.query(String.class)
				.list(), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows).containsExactly("MEETING 参加投票：满意度测评"));
	}

	@Test
	void a_deputy_handed_a_paper_ballot_gets_the_same_duty_record_once(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("纸票履职", 1);
		long id = this.surveys.create(office, SurveyFixtures.satisfaction(group, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1), "区政府"));
		this.surveys.open(office, id);
		long deputy = group.deputyIds().get(0);

		scenario.stimulate(() -> this.surveys.handOutPaper(office, id, deputy))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc
				.sql("select t.code || ' ' || r.title from duty_record r join duty_record_type t on t.id = r.type_id"
						+ " where r.source_ref = ?")
				.param("survey:" + id + ":" + deputy)
				.query(String.class)
				.list(), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows).containsExactly("MEETING 参加投票：满意度测评"));
		assertThatThrownBy(() -> this.surveys.handOutPaper(office, id, deputy)).hasMessage("survey.already-voted");
		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(0), id, new short[] { 1 }))
			.hasMessage("survey.already-voted");
		assertThat(new EventMadeRecords(this.jdbc).titled(deputy, java.time.LocalDate.now(this.clock), "参加投票：满意度测评"))
			.isEqualTo(1);
	}

}
