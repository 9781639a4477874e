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
 * Hands every event whose listener failed (the database out for a moment while a
 * citizen's receipt was being queued, say) to its listener again, every minute, on one
 * node. Without it such an event waited for the next restart. Listeners are idempotent on
 * their keys, so a second delivery does what the first did not, and nothing twice. A
 * publication left PROCESSING by a node that died is marked failed after a while
 * ({@code spring.modulith.events.staleness.*}) and taken up here too.
 */
@Configuration(proxyBeanMethods = false)
class FailedEventRetry {

	@Bean
	RecurringTask<Void> failedEventRetryTask(FailedEventPublications failed,
			@Value("${lianxin.events.retry-every:PT1M}") Duration every) {
		return Tasks.recurring("event-retry", FixedDelay.of(every))
			.execute((instance, context) -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(every)));
	}

}
