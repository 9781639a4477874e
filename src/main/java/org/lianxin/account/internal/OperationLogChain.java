package org.lianxin.account.internal;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operation log is one hash chain, which the platform anchors and checks. */
@Configuration(proxyBeanMethods = false)
class OperationLogChain {

	@Bean
	HistoryChain operationLogHistoryChain() {
		return new HistoryChain("operation_log", "operation_log_chain_view");
	}

}
