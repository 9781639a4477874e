package org.lianxin.oversight.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each activity's history and each issue item's history is a hash chain, which the
 * platform anchors and checks.
 */
@Configuration(proxyBeanMethods = false)
class OversightHistoryChains {

	@Bean
	HistoryChain oversightActivityHistoryChain() {
		return new HistoryChain("oversight_activity_history", "oversight_activity_history_chain_view");
	}

	@Bean
	HistoryChain oversightIssueItemHistoryChain() {
		return new HistoryChain("oversight_issue_item_history", "oversight_issue_item_history_chain_view");
	}

	@Bean
	HistoryChain courtHearingHistoryChain() {
		return new HistoryChain("court_hearing_history", "court_hearing_history_chain_view");
	}

}
