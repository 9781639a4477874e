package org.lianxin.legislation.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each consultation's history is a hash chain, which the platform anchors and checks. */
@Configuration(proxyBeanMethods = false)
class LegislationHistoryChains {

	@Bean
	HistoryChain legislationConsultationHistoryChain() {
		return new HistoryChain("legislation_consultation_history", "legislation_consultation_history_chain_view");
	}

}
