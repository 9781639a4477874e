package org.lianxin.duty.internal;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.DailyReport;
import org.lianxin.region.RegionManagement;
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
	DailyReport reports;

	@Autowired
	RegionManagement regions;

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

	@Test
	void the_evening_job_writes_one_summary_per_division_and_each_office_reads_its_own() throws Exception {
		assertThat(this.tasks).extracting(RecurringTask::getName).contains("duty-daily-report");
		assertThat(DailyReportSchedule.writeAll(this.reports, this.regions, this.calendar, this.jdbc)).isEqualTo(6);
		// a second run replaces the day's summaries rather than adding
		DailyReportSchedule.writeAll(this.reports, this.regions, this.calendar, this.jdbc);
		assertThat(this.jdbc.sql("select count(*) from duty_daily_summary where report_date = ?")
			.param(this.calendar.today())
			.query(Long.class)
			.single()).isEqualTo(6);
		this.mvc.perform(get("/duty/daily-report").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("站前区")))
			.andExpect(content().string(not(containsString("西市区</strong>"))));
	}

}
