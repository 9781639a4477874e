package org.lianxin.opinion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@LianxinTest
class SupervisionTests {

	@Autowired
	Supervision supervision;

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RecurringTask<?>> recurringTasks;

	@Test
	void an_overdue_case_gets_one_supervision_notice_per_level_and_its_history_says_so() throws Exception {
		LocalDate today = this.calendar.today();
		long id = submit("督办：超期未签收");
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long agency = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		this.workflow.assign(office, id, agency, Set.of(), null);
		// two working days overdue: level 1, addressed to the lead agency
		LocalDate due = backByWorkingDays(today, 2);
		dueOn(id, due);
		this.supervision.run(today);
		this.supervision.run(today);
		assertThat(notices(id)).containsExactly("SUPERVISION 1 " + agency);
		assertThat(level(id)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from opinion_history where opinion_id = ? and action = 'SUPERVISE'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);

		// five working days overdue: level 2
		dueOn(id, backByWorkingDays(today, 5));
		this.supervision.run(today);
		assertThat(level(id)).isEqualTo(2);
		assertThat(notices(id)).contains("SUPERVISION 2 " + agency);

		String code = this.jdbc.sql("select tracking_code from opinion where id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/supervision").with(Staff.as(this.accounts, "agency-210811")))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("督办单（2 级）")));
		this.mvc.perform(get("/supervision").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(content().string(not(containsString(code))));

		// the agency signs: the case moves on and its escalation starts afresh
		this.workflow.sign(Staff.load(this.accounts, "agency-210811"), id);
		assertThat(level(id)).isZero();
	}

	@Test
	void a_case_due_today_or_on_the_next_working_day_gets_a_reminder_for_the_office() {
		LocalDate today = this.calendar.today();
		long id = submit("督办：今天到期");
		dueOn(id, today);
		Supervision.Run run = this.supervision.run(today);
		assertThat(run.reminders()).isPositive();
		assertThat(notices(id)).containsExactly("REMINDER 0 null");
		assertThat(level(id)).isZero();
	}

	@Test
	void a_supervision_notice_goes_to_the_agencys_contact_phone_and_a_reminder_to_the_office_through_the_notification_channels() {
		LocalDate today = this.calendar.today();
		long overdue = submit("督办：通知承办单位");
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long agency = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		this.jdbc.sql("update agency set contact_phone = '0417-2812345' where id = ?").param(agency).update();
		this.workflow.assign(office, overdue, agency, Set.of(), null);
		dueOn(overdue, backByWorkingDays(today, 2));
		long dueToday = submit("督办：今天到期，通知工作机构");
		dueOn(dueToday, today);

		this.supervision.run(today);
		this.supervision.run(today);

		long supervisionNotice = noticeId(overdue);
		long reminder = noticeId(dueToday);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> outbox(supervisionNotice).size() == 1 && outbox(reminder).size() == 1);
		assertThat(outbox(supervisionNotice).get(0)).startsWith("log SENT 0417***2345 ")
			.contains("督办单（1 级）")
			// the record the log and the outbox keep has no tracking code (the message
			// sent
			// has it)
			.doesNotContain(trackingCode(overdue));
		assertThat(outbox(reminder).get(0)).startsWith("log SENT — ").contains("催办提醒").contains("人大工作机构");
	}

	@Test
	void levels_rise_every_three_working_days_up_to_three() {
		assertThat(List.of(1, 3, 4, 6, 7, 30).stream().map(Supervision::levelFor).toList()).containsExactly(1, 1, 2, 2,
				3, 3);
	}

	@Test
	void the_scheduler_carries_the_supervision_job() {
		assertThat(this.recurringTasks).extracting(RecurringTask::getName).contains("supervision");
	}

	private LocalDate backByWorkingDays(LocalDate today, int count) {
		LocalDate day = today;
		int counted = 0;
		while (counted < count) {
			day = day.minusDays(1);
			if (this.calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	private long submit(String description) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210811", null, null, description, null,
					null, null, null, "13904170010", null, false, false, List.of(), null, null, null, null))
			.id();
	}

	private void dueOn(long id, LocalDate day) {
		this.jdbc.sql("update opinion set stage_due_on = ? where id = ?").params(day, id).update();
	}

	private long noticeId(long opinionId) {
		return this.jdbc.sql("select id from supervision_notice where subject = 'OPINION' and subject_id = ?")
			.param(opinionId)
			.query(Long.class)
			.single();
	}

	private List<String> outbox(long noticeId) {
		return this.jdbc.sql("""
				select channel || ' ' || status || ' ' || recipient || ' ' || text from notification_outbox
				where message_key = ?""").param("opinion notice " + noticeId).query(String.class).list();
	}

	private String trackingCode(long id) {
		return this.jdbc.sql("select tracking_code from opinion where id = ?").param(id).query(String.class).single();
	}

	private int level(long id) {
		return this.jdbc.sql("select escalation_level from opinion where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private List<String> notices(long id) {
		return this.jdbc.sql(
				"select kind || ' ' || level || ' ' || coalesce(agency_id::text, 'null') from supervision_notice where subject = 'OPINION' and subject_id = ? order by id")
			.param(id)
			.query(String.class)
			.list();
	}

}
