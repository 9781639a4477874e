package org.lianxin.oversight;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completing an activity gives each of its deputies one duty record (视察、调研和执法检查), however
 * often the event is delivered.
 */
@LianxinTest
@EnableScenarios
class OversightDutyRecordTests {

	@Autowired
	OversightActivities activities;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	List<String> recordsOf(long activity) {
		return this.jdbc.sql("""
				select t.code from duty_record r join duty_record_type t on t.id = r.type_id
				where r.source_ref like ? order by r.source_ref""")
			.param("oversight:" + activity + ":%")
			.query(String.class)
			.list();
	}

	@Test
	void each_deputy_of_a_completed_activity_gets_one_inspection_record(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210881");
		LocalDate today = this.calendar.today();
		List<Long> deputies = this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like '210881%' and ended_on is null
				order by deputy_id limit 2""").query(Long.class).list();
		long activity = this.activities.plan(office, new NewActivity(ActivityKind.RESEARCH, "老年助餐食堂调研", "盖州市人大常委会",
				null, null, today.minusDays(5), today.minusDays(1), null, null,
				deputies.stream().map(id -> new NewActivity.Participant(ParticipantRole.DEPUTY, id, null)).toList()));

		scenario.stimulate(() -> this.activities.complete(office, activity, "调研报告：建议扩大助餐点覆盖"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> recordsOf(activity), rows -> rows.size() == 2)
			.andVerify(rows -> assertThat(rows).containsExactly("INSPECTION", "INSPECTION"));

		scenario.publish(new OversightActivityHeld(activity, "老年助餐食堂调研", today.minusDays(5), null, deputies))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> new ListenerRuns(this.jdbc).completed("OversightAsDutyRecords", "activityId", activity),
					runs -> runs >= 2)
			.andVerify(runs -> assertThat(recordsOf(activity)).hasSize(2));
	}

}
