package org.lianxin.supervision.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the one watch over every subject's clocks on every node's scheduler; one node
 * takes each run. The interval was the opinion loop's setting before the watch served
 * every module, and a deployment that set it keeps it.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionSchedule {

	@Bean
	RecurringTask<Void> supervisionTask(Supervision supervision, WorkdayCalendar calendar,
			@Value("${lianxin.supervision.every:${lianxin.opinion.supervision-every:PT15M}}") Duration every) {
		return Tasks.recurring("supervision", FixedDelay.of(every))
			.execute((instance, context) -> supervision.run(calendar.today()));
	}

}
