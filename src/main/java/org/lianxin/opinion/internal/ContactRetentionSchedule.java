package org.lianxin.opinion.internal;

import java.time.Clock;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Erases the contact of long-closed cases every night, on one node. */
@Configuration(proxyBeanMethods = false)
class ContactRetentionSchedule {

	@Bean
	RecurringTask<Void> contactRetentionTask(ContactRetention retention, Clock clock,
			@Value("${lianxin.retention.run-at:04:00}") String at) {
		return Tasks.recurring("retention-citizen-contact", Schedules.daily(clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> retention.run());
	}

}
