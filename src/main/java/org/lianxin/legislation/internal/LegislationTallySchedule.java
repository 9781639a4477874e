package org.lianxin.legislation.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.lianxin.platform.statistics.RollupReconciliation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tally of the legislative figures is counted again from the opinions every night, so
 * that rows written around the aggregates (a data fix, a bulk load) cannot leave the
 * figures wrong for longer than a day, and any such drift is reported.
 */
@Configuration(proxyBeanMethods = false)
class LegislationTallySchedule {

	@Bean
	RecurringTask<Void> legislationTallyTask(RollupReconciliation reconciliation, Clock clock,
			@Value("${lianxin.legislation.tally-at:04:50}") String at) {
		return reconciliation.nightly(LegislationTally.ROLLUP, clock, at);
	}

}
