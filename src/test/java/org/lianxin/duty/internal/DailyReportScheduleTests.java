package org.lianxin.duty.internal;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
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
class DailyReportScheduleTests {

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RecurringTask<?>> tasks;

	@Autowired
	DailyReportJob job;

	@Test
	void each_group_leader_with_a_phone_receives_their_groups_report() {
		this.jdbc
			.sql("""
					update deputy_group set leader_deputy_id = (select id from deputy where name = '王秀英' order by id limit 1)
					where name = '八田地街道代表小组'""")
			.update();
		long group = this.jdbc.sql("select id from deputy_group where name = '八田地街道代表小组'").query(Long.class).single();
		long before = sentTo(group);
		assertThat(this.job.sendToLeaders()).isPositive();
		assertThat(sentTo(group)).isEqualTo(before + 1);
		String text = this.jdbc.sql("""
				select text from notification_outbox where reference = ? order by id desc limit 1""")
			.param("deputy group " + group)
			.query(String.class)
			.single();
		assertThat(text).startsWith("八田地街道代表小组三表一报：截至").contains("名代表");
		// the number is masked in the outbox, and its reveal is logged
		assertThat(
				this.jdbc.sql("select recipient from notification_outbox where reference = ? order by id desc limit 1")
					.param("deputy group " + group)
					.query(String.class)
					.single())
			.isEqualTo("139****0103");
		assertThat(this.jdbc
			.sql("select count(*) from operation_log where action = 'privacy.phone.reveal' and detail = '发送三表一报'")
			.query(Long.class)
			.single()).isPositive();
	}

	private long sentTo(long group) {
		return this.jdbc.sql("select count(*) from notification_outbox where reference = ?")
			.param("deputy group " + group)
			.query(Long.class)
			.single();
	}

	@Test
	void the_evening_job_writes_one_summary_per_division_and_each_office_reads_its_own() throws Exception {
		assertThat(this.tasks).extracting(RecurringTask::getName).contains("duty-daily-report");
		assertThat(this.job.writeAll()).isEqualTo(6);
		// a second run replaces the day's summaries rather than adding
		this.job.writeAll();
		assertThat(this.jdbc.sql("select count(*) from duty_daily_summary where report_date = ?")
			.param(this.calendar.today())
			.query(Long.class)
			.single()).isEqualTo(6);
		this.mvc.perform(get("/duty/daily-report").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("站前区")))
			.andExpect(content().string(not(containsString("西市区</strong>"))));
	}

}
