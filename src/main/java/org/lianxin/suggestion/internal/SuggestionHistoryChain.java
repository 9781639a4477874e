package org.lianxin.suggestion.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each suggestion's history is a hash chain, which the platform anchors and checks. */
@Configuration(proxyBeanMethods = false)
class SuggestionHistoryChain {

	@Bean
	HistoryChain suggestionHistoryChainRegistration() {
		return new HistoryChain("suggestion_history", "suggestion_history_chain_view");
	}

}
