package org.lianxin.statistics.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published snapshots are a hash chain per report, which the platform anchors and
 * checks.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsHistoryChain {

	@Bean
	HistoryChain statisticsSnapshotChainRegistration() {
		return new HistoryChain("statistics_report_snapshot", "statistics_report_snapshot_chain_view");
	}

}
