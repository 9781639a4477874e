package org.lianxin.suggestion.internal;

import java.time.Clock;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The tally is counted again from the suggestions every night, so that rows written
 * around the aggregate (a data fix, a bulk load) cannot leave the figures wrong for
 * longer than a day; and at start-up when a suggestion has no share in it yet (the
 * suggestions that existed before the tally did).
 */
@Configuration(proxyBeanMethods = false)
class SuggestionTallySchedule {

	static final String TASK = "suggestion-tally";

	private final SuggestionTally tally;

	SuggestionTallySchedule(SuggestionTally tally) {
		this.tally = tally;
	}

	@Bean
	RecurringTask<Void> suggestionTallyTask(Clock clock, @Value("${lianxin.suggestion.tally-at:04:30}") String at) {
		return Tasks.recurring(TASK, Schedules.daily(clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> this.tally.rebuild());
	}

	@EventListener(ApplicationReadyEvent.class)
	void completeAtStart() {
		if (!this.tally.complete()) {
			this.tally.rebuild();
		}
	}

}
