package org.lianxin.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.CourtQueries;
import org.lianxin.oversight.internal.TopicQueries;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's oversight as the source tells it: 西市区's Work Safety Law inspection, early
 * March to mid-May, at the kinds of places the source names with experts and trade
 * representatives, leaving an issue list with an item in every state; 鲅鱼圈区's canteens
 * followed five years running and its elderly canteens (4) and meal points (19); its 30
 * court-observation attendances this year.
 */
@LianxinTest
class DemoOversightTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	TopicQueries topics;

	@Autowired
	CourtQueries courts;

	@Autowired
	WorkdayCalendar calendar;

	@Test
	void xishis_work_safety_inspection_leaves_an_issue_list_in_every_state() {
		long activity = this.jdbc.sql("""
				select id from oversight_activity where region_code = '210803' and title = '安全生产法律法规执法检查'""")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select starts_on || ' ' || ends_on from oversight_activity where id = ?")
			.param(activity)
			.query(String.class)
			.single()).isEqualTo("2025-03-03 2025-05-16");
		assertThat(this.jdbc.sql("select distinct site_kind from oversight_visit where activity_id = ?")
			.param(activity)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("HARBOUR", "BUILDING_SITE", "HOSPITAL", "SUPERMARKET", "STREET", "FIRM");
		assertThat(this.jdbc.sql("select distinct role from oversight_participant where activity_id = ?")
			.param(activity)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("DEPUTY", "EXPERT", "TRADE");
		assertThat(this.jdbc.sql("select state from oversight_issue_item where activity_id = ?")
			.param(activity)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("ASSIGNED", "REPORTED", "SENT_BACK", "CLOSED", "CLOSED", "FOLLOWED_UP");
		// one closed item's follow-up visit falls due tomorrow, the other's later
		assertThat(this.jdbc.sql("""
				select clock_due_on - closed_on from oversight_issue_item where activity_id = ? and state = 'CLOSED'""")
			.param(activity)
			.query(Integer.class)
			.list()).containsExactlyInAnyOrder(1, 60);
	}

	@Test
	void bayuquans_canteens_are_followed_five_years_running_with_the_sources_measures() {
		List<TopicQueries.TopicRow> rows = this.topics.topics(Staff.load(this.accounts, "office-210804"), 0, 100);
		TopicQueries.TopicRow canteens = rows.stream()
			.filter(t -> t.title().equals("全区43所学校食堂管理跟踪监督"))
			.findFirst()
			.orElseThrow();
		assertThat(canteens.yearsFollowed()).isEqualTo(5);
		TopicQueries.TopicRow elderly = rows.stream().filter(t -> t.title().equals("助老食堂建设")).findFirst().orElseThrow();
		assertThat(this.topics.page(Staff.load(this.accounts, "office-210804"), elderly.id()).orElseThrow().latest())
			.extracting(TopicQueries.MeasureRow::value)
			.containsExactly(4, 19);
	}

	@Test
	void gaizhou_sent_its_9_supervision_opinions_to_the_government_after_the_joint_inspection() {
		assertThat(this.jdbc.sql("""
				select o.state, count(i.position) from deliberation_opinion o
				join oversight_activity a on a.id = o.activity_id
				join deliberation_opinion_item i on i.opinion_id = o.id
				where o.region_code = '210881' and a.title like '%《营口市地热水资源管理条例》执法检查'
				group by o.id, o.state""").query((rs, n) -> rs.getString(1) + " " + rs.getInt(2)).list())
			.containsExactly("SENT 9");
	}

	@Test
	void bayuquans_deputies_attended_court_hearings_30_times_this_year() {
		long court = this.jdbc.sql("select id from agency_view where code = '210804-FY'").query(Long.class).single();
		assertThat(this.courts.countsOf(Staff.load(this.accounts, "office-210804"), this.calendar.today().getYear())
			.stream()
			.filter(c -> c.courtId() == court)
			.mapToLong(CourtQueries.CourtCount::attendances)
			.sum()).isGreaterThanOrEqualTo(30);
	}

}
