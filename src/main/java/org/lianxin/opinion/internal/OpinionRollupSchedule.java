package org.lianxin.opinion.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.lianxin.platform.statistics.RollupReconciliation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The opinions' rollup is counted again from the cases every night, so that rows written
 * around the aggregate (a data fix, a bulk load) cannot leave the figures wrong for
 * longer than a day, and any such drift is reported.
 */
@Configuration(proxyBeanMethods = false)
class OpinionRollupSchedule {

	@Bean
	RecurringTask<Void> opinionRollupTask(RollupReconciliation reconciliation, Clock clock,
			@Value("${lianxin.opinion.rollup-at:04:40}") String at) {
		return reconciliation.nightly(OpinionRollup.ROLLUP, clock, at);
	}

}
