package org.lianxin.platform.history;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anchors the histories every night and checks them an hour later, in the city's time
 * zone, on whichever node's scheduler takes the run.
 */
@Configuration(proxyBeanMethods = false)
class HistorySchedule {

	@Bean
	RecurringTask<Void> historyAnchorTask(HistoryAnchors anchors, Clock clock,
			@Value("${lianxin.history.anchor-at:02:00}") String at) {
		return Tasks.recurring("history-anchor", Schedules.daily(clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> anchors.anchorAll(OffsetDateTime.now(clock)));
	}

	@Bean
	RecurringTask<Void> historyCheckTask(HistoryCheck check, Clock clock,
			@Value("${lianxin.history.check-at:03:00}") String at) {
		return Tasks.recurring("history-check", Schedules.daily(clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> check.run());
	}

}
