package org.lianxin.opinion.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the deadline watch on every node's scheduler; one node takes each run. */
@Configuration(proxyBeanMethods = false)
class SupervisionSchedule {

	@Bean
	RecurringTask<Void> opinionSupervisionTask(Supervision supervision, WorkdayCalendar calendar,
			@Value("${lianxin.opinion.supervision-every:PT15M}") Duration every) {
		return Tasks.recurring("opinion-supervision", FixedDelay.of(every))
			.execute((instance, context) -> supervision.run(calendar.today()));
	}

}
