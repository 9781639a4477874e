package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.IssueItems;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.NewIssueItem;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.oversight.internal.ReviewMethod;
import org.lianxin.oversight.internal.SiteKind;
import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue items' deadlines as the supervision watch sees them (subject {@code ISSUE_ITEM}):
 * the unit's until it reports, the office's check after, the follow-up visit once closed;
 * an escalation is kept in the item's history, and none once the item moved on.
 */
@LianxinTest
class IssueItemSupervisionTests {

	@Autowired
	List<SupervisedClocks> allClocks;

	@Autowired
	OversightActivities activities;

	@Autowired
	IssueItems items;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	SupervisedClocks clocks() {
		return this.allClocks.stream().filter(c -> c.subject().equals("ISSUE_ITEM")).findFirst().orElseThrow();
	}

	Clock clockOf(long item, LocalDate by) {
		return clocks().dueBy(by, item - 1, 1).stream().filter(c -> c.subjectId() == item).findFirst().orElse(null);
	}

	@Test
	void each_state_of_an_item_runs_its_own_clock_and_only_the_current_one_escalates() {
		CurrentUser office = Staff.load(this.accounts, "office-210804");
		CurrentUser unitUser = Staff.load(this.accounts, "agency-210804");
		LocalDate today = this.calendar.today();
		long deputy = this.jdbc.sql("""
				select min(deputy_id) from deputy_seat_view where region_code like '210804%' and ended_on is null""")
			.query(Long.class)
			.single();
		long activity = this.activities.plan(office,
				new NewActivity(ActivityKind.INSPECTION, "校园食堂食品安全视察", "鲅鱼圈区人大常委会", null, null, today.minusDays(3),
						today, null, null, List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		this.activities.visit(office, activity, new NewVisit(today, "某小学食堂", SiteKind.CANTEEN, true, null));
		long unit = unitUser.scope().agencyId();
		long item = this.items.list(office, activity,
				new NewIssueItem("某小学食堂", "留样记录不全", null, null, unit, "完善留样制度", today.plusDays(7), 45), List.of());

		assertThat(clockOf(item, today.plusDays(6))).isNull();
		Clock rectifying = clockOf(item, today.plusDays(7));
		assertThat(rectifying).isEqualTo(new Clock(item, "ASSIGNED", today.plusDays(7), "210804", unit, 0));
		assertThat(clocks().pathOf(item)).isEqualTo("/oversight/items/" + item);

		assertThat(clocks().escalate(rectifying, 1, 2)).isTrue();
		assertThat(clockOf(item, today.plusDays(7)).level()).isEqualTo(1);
		assertThat(this.jdbc.sql("select note from oversight_issue_item_history where item_id = ? order by chain_seq")
			.param(item)
			.query(String.class)
			.list()).last().asString().contains("督办").contains("第1级");

		this.items.reportRectification(unitUser, item, "已完善留样制度", List.of());
		assertThat(clocks().escalate(rectifying, 2, 5)).isFalse();
		LocalDate checkBy = this.calendar.plusWorkingDays(today, 10);
		assertThat(clockOf(item, checkBy)).isEqualTo(new Clock(item, "REPORTED", checkBy, "210804", null, 0));

		this.items.review(office, item, ReviewMethod.ON_SITE, true, null, null);
		assertThat(clockOf(item, today.plusDays(44))).isNull();
		assertThat(clockOf(item, today.plusDays(45)))
			.isEqualTo(new Clock(item, "CLOSED", today.plusDays(45), "210804", null, 0));

		this.items.followUp(office, item, true, "留样制度执行良好", null);
		assertThat(clockOf(item, today.plusYears(5))).isNull();
	}

	@Autowired
	Supervision supervision;

	@Test
	void the_watch_reminds_the_unit_then_supervises_the_overdue_item_once_and_its_history_records_it() {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		CurrentUser unitUser = Staff.load(this.accounts, "agency-210811");
		LocalDate today = this.calendar.today();
		long deputy = this.jdbc.sql("""
				select min(deputy_id) from deputy_seat_view where region_code like '210811%' and ended_on is null""")
			.query(Long.class)
			.single();
		long activity = this.activities.plan(office,
				new NewActivity(ActivityKind.INSPECTION, "农村饮水安全视察", "老边区人大常委会", null, null, today, today, null, null,
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		this.activities.visit(office, activity, new NewVisit(today, "某水厂", SiteKind.FIRM, false, null));
		LocalDate due = this.calendar.plusWorkingDays(today, 3);
		long item = this.items.list(office, activity,
				new NewIssueItem("某水厂", "水质检测记录缺失", null, null, unitUser.scope().agencyId(), "补齐检测记录", due, null),
				List.of());

		this.supervision.run(this.calendar.plusWorkingDays(today, 2), "ISSUE_ITEM");
		this.supervision.run(this.calendar.plusWorkingDays(due, 2), "ISSUE_ITEM");
		this.supervision.run(this.calendar.plusWorkingDays(due, 2), "ISSUE_ITEM");

		assertThat(this.jdbc.sql("""
				select kind || ':' || level || ':' || coalesce(agency_id, 0) from supervision_notice
				where subject = 'ISSUE_ITEM' and subject_id = ? order by id""").param(item).query(String.class).list())
			.containsExactly("REMINDER:0:" + unitUser.scope().agencyId(),
					"SUPERVISION:1:" + unitUser.scope().agencyId());
		assertThat(this.jdbc.sql("select level from oversight_issue_item where id = ?")
			.param(item)
			.query(Integer.class)
			.single()).isOne();
		assertThat(
				this.jdbc.sql("select count(*) from oversight_issue_item_history where item_id = ? and note like '督办%'")
					.param(item)
					.query(Long.class)
					.single())
			.isOne();
	}

}
