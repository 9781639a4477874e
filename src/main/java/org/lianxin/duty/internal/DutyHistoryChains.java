package org.lianxin.duty.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each duty record's history and each evaluation mark's history is a hash chain, which
 * the platform anchors and checks.
 */
@Configuration(proxyBeanMethods = false)
class DutyHistoryChains {

	@Bean
	HistoryChain dutyRecordHistoryChain() {
		return new HistoryChain("duty_record_history", "duty_record_history_chain_view");
	}

	@Bean
	HistoryChain evaluationMarkHistoryChain() {
		return new HistoryChain("evaluation_mark_history", "evaluation_mark_history_chain_view");
	}

}
