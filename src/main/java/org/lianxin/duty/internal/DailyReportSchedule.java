package org.lianxin.duty.internal;

import java.time.LocalTime;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.duty.DailyReport;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the day's 三表一报 of every county-level region each evening, so that nobody has to
 * report it by hand and every day can be read back as it was.
 */
@Configuration(proxyBeanMethods = false)
class DailyReportSchedule {

	@Bean
	RecurringTask<Void> dutyDailyReportTask(DailyReport reports, RegionManagement regions, WorkdayCalendar calendar,
			JdbcClient jdbc, @Value("${lianxin.duty.daily-report-at:20:00}") LocalTime at, java.time.Clock clock) {
		// 20:00 in the deployment's time zone, whatever the server's
		return Tasks.recurring("duty-daily-report", Schedules.daily(clock.getZone(), at))
			.execute((instance, context) -> writeAll(reports, regions, calendar, jdbc));
	}

	/**
	 * The summaries of today, one per county-level region; a second run replaces them.
	 */
	static int writeAll(DailyReport reports, RegionManagement regions, WorkdayCalendar calendar, JdbcClient jdbc) {
		int written = 0;
		for (Region county : regions.all()) {
			if (county.level() != RegionLevel.COUNTY || !county.enabled()) {
				continue;
			}
			CurrentUser system = new CurrentUser(0, "system", "系统", Set.of(), Set.of(),
					new DataScope(DataScopeKind.REGION_AND_BELOW, 0, county.code(), county.path(), null), true);
			DailyReport.Report report = reports.build(system, null, county.code(), calendar.today());
			jdbc.sql("""
					insert into duty_daily_summary (region_code, report_date, deputies, records_on_day, opinions_on_day,
					                                summary)
					values (?, ?, ?, ?, ?, ?)
					on conflict (region_code, report_date) do update set deputies = excluded.deputies,
					    records_on_day = excluded.records_on_day, opinions_on_day = excluded.opinions_on_day,
					    summary = excluded.summary, written_at = now()""")
				.params(county.code(), report.date(), report.lines().size(), report.totals().recordsOnDay(),
						report.totals().opinionsOnDay(), report.summary())
				.update();
			written++;
		}
		return written;
	}

}
