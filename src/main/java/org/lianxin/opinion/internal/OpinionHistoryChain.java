package org.lianxin.opinion.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each case's history is a hash chain, which the platform anchors and checks. */
@Configuration(proxyBeanMethods = false)
class OpinionHistoryChain {

	@Bean
	HistoryChain opinionHistoryChainRegistration() {
		return new HistoryChain("opinion_history", "opinion_history_chain_view");
	}

}
