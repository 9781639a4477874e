package org.lianxin.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retries the messages that are due, every minute by default, on whichever node's
 * scheduler takes the run; the outbox rows' locks keep two runs off the same message.
 */
@Configuration(proxyBeanMethods = false)
class OutboxRetrySchedule {

	@Bean
	RecurringTask<Void> notificationRetryTask(OutboxDelivery delivery, Clock clock,
			@Value("${lianxin.notification.retry-every:PT1M}") Duration every) {
		return Tasks.recurring("notification-retry", FixedDelay.of(every))
			.execute((instance, context) -> delivery.retryDue(OffsetDateTime.now(clock)));
	}

}
