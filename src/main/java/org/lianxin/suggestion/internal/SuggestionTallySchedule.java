package org.lianxin.suggestion.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.lianxin.platform.statistics.RollupReconciliation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tally is counted again from the suggestions every night, so that rows written
 * around the aggregate (a data fix, a bulk load) cannot leave the figures wrong for
 * longer than a day, and any such drift is reported. The suggestions that existed before
 * the tally did are counted once at start-up (the platform's rollups, never counted yet).
 */
@Configuration(proxyBeanMethods = false)
class SuggestionTallySchedule {

	static final String TASK = "suggestion-tally";

	@Bean
	RecurringTask<Void> suggestionTallyTask(RollupReconciliation reconciliation, Clock clock,
			@Value("${lianxin.suggestion.tally-at:04:30}") String at) {
		return reconciliation.nightly(SuggestionTally.ROLLUP, clock, at);
	}

}
