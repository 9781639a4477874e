package org.lianxin.platform.throttle;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forgotten guess counts are deleted by a background job on one node. */
@Configuration(proxyBeanMethods = false)
class GuessThrottleCleanup {

	@Bean
	RecurringTask<Void> guessThrottleCleanupTask(GuessThrottle throttle) {
		return Tasks.recurring("guess-throttle-cleanup", FixedDelay.of(Duration.ofMinutes(10)))
			.execute((instance, context) -> {
				while (throttle.removeExpired(1000) == 1000) {
					// another batch
				}
			});
	}

}
