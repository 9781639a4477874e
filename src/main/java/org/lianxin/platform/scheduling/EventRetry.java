package org.lianxin.platform.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Hands every event not yet finished after a while to its listeners again, on one node:
 * those whose listener failed (the database out for a moment while a citizen's receipt
 * was being queued) and those whose node died on them. Listeners are idempotent on their
 * keys, so a second delivery does what the first did not, and nothing twice.
 * <p>
 * This replaces replaying them at start-up, which after a crash under load kept a node
 * out of service for as long as the replay took.
 */
@Configuration(proxyBeanMethods = false)
class EventRetry {

	@Bean
	RecurringTask<Void> eventRetryTask(FailedEventPublications failed,
			@Value("${lianxin.events.retry-every:PT1M}") Duration every) {
		return Tasks.recurring("event-retry", FixedDelay.of(every))
			.execute((instance, context) -> failed.resubmit(ResubmissionOptions.defaults()));
	}

}
