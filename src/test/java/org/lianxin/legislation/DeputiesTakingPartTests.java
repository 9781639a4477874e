package org.lianxin.legislation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.Meetings;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deputies taking part in a consultation (issue 16, item 7): an opinion a deputy gives as
 * an informant, and a meeting of the consultation they attend, each make one duty record
 * of theirs through the duty module's listener, however often the event is delivered.
 */
@LianxinTest
@EnableScenarios
class DeputiesTakingPartTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	Consultations consultations;

	@Autowired
	DraftOpinions opinions;

	@Autowired
	Rosters rosters;

	@Autowired
	Meetings meetings;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_opinion_a_deputy_gives_as_an_informant_is_one_suggestion_record_of_theirs_however_often_delivered(
			Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long deputy = deputiesOf("210803").get(0);
		long informant = this.rosters.enrol(office, LegislativeFixtures.infoPoint(this.venues),
				new NewInformant("代表信息员", "DEPUTY", null, "13704179901", true, null, deputy));
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"代表参与征询");
		AtomicReference<String> token = new AtomicReference<>();

		scenario
			.stimulate(() -> token.set(this.opinions.give(
					new NewDraftOpinion(id, 2, null, "建议明确资助范围", OpinionChannel.INFORMANT,
							LegislativeFixtures.infoPoint(this.venues), informant, null, null, null, null),
					office.id())))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> records("legislation-opinion:" + token.get() + ":%"), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows)
				.containsExactly(deputy + " BILL_OR_SUGGESTION " + this.calendar.today() + " 对《代表参与征询》提出立法意见"));

		long before = new ListenerRuns(this.jdbc).completed("LegislationAsDutyRecords", "deputyId", deputy);
		scenario.publish(new DeputyGaveDraftOpinion(deputy, token.get(), "代表参与征询", this.calendar.today()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> new ListenerRuns(this.jdbc).completed("LegislationAsDutyRecords", "deputyId", deputy),
					runs -> runs > before)
			.andVerify(runs -> assertThat(records("legislation-opinion:" + token.get() + ":%")).hasSize(1));
	}

	@Test
	void each_deputy_at_a_field_research_gets_one_research_record_however_often_delivered(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		List<Long> deputies = deputiesOf("210803").subList(0, 2);
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"实地调研征询");
		LocalDate day = this.calendar.today();
		AtomicReference<Long> meeting = new AtomicReference<>();

		scenario
			.stimulate(() -> meeting
				.set(this.meetings.record(office, id, "FIELD_RESEARCH", day, "西市区某职业学校", 12, deputies)))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> records("legislation-meeting:" + meeting.get() + ":%"),
					rows -> rows.size() == 2)
			.andVerify(rows -> assertThat(rows).containsExactlyInAnyOrder(
					deputies.get(0) + " INSPECTION " + day + " 立法征询实地调研：《实地调研征询》",
					deputies.get(1) + " INSPECTION " + day + " 立法征询实地调研：《实地调研征询》"));

		scenario
			.publish(new DeputiesAtLegislativeMeeting(meeting.get(), true, "立法征询实地调研：《实地调研征询》", day, "西市区某职业学校",
					deputies))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> new ListenerRuns(this.jdbc).completed("LegislationAsDutyRecords", "meetingId", meeting.get()),
					runs -> runs >= 2)
			.andVerify(runs -> assertThat(records("legislation-meeting:" + meeting.get() + ":%")).hasSize(2));
	}

	@Test
	void a_deputy_outside_the_offices_scope_is_refused_and_nothing_is_written() {
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long stranger = deputiesOf("210802").stream()
			.filter(d -> !deputiesOf("210803").contains(d))
			.findFirst()
			.orElseThrow();
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"外区代表征询");

		assertThatThrownBy(
				() -> this.meetings.record(office, id, "SYMPOSIUM", this.calendar.today(), "会议室", 5, List.of(stranger)))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "meeting.deputies.unknown");
		assertThatThrownBy(() -> this.rosters.enrol(office, LegislativeFixtures.infoPoint(this.venues),
				new NewInformant("律师信息员", "LAWYER", null, "13704179902", true, null, deputiesOf("210803").get(0))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "informant.deputy.field");
		assertThat(this.jdbc.sql("select count(*) from legislation_meeting where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	private List<Long> deputiesOf(String region) {
		return this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like ? and ended_on is null
				order by deputy_id limit 5""").param(region + "%").query(Long.class).list();
	}

	/** The duty records made from these sources: deputy, type, day and title. */
	private List<String> records(String sourcePattern) {
		return this.jdbc.sql("""
				select x.deputy_id || ' ' || t.code || ' ' || r.occurred_on || ' ' || r.title
				from duty_record r join duty_record_type t on t.id = r.type_id
				join duty_record_deputy x on x.record_id = r.id
				where r.source_ref like ? order by x.deputy_id""").param(sourcePattern).query(String.class).list();
	}

}
