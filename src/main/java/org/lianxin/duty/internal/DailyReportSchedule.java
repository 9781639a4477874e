package org.lianxin.duty.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every evening, the day's 三表一报: written for every county-level region, so that every day
 * can be read back as it was, and sent to every group leader, so that nobody has to
 * report it by hand.
 */
@Configuration(proxyBeanMethods = false)
class DailyReportSchedule {

	@Bean
	RecurringTask<Void> dutyDailyReportTask(DailyReportJob job,
			@Value("${lianxin.duty.daily-report-at:20:00}") LocalTime at, java.time.Clock clock) {
		// 20:00 in the deployment's time zone, whatever the server's
		return Tasks.recurring("duty-daily-report", Schedules.daily(clock.getZone(), at))
			.execute((instance, context) -> {
				job.writeAll();
				job.sendToLeaders();
			});
	}

}
