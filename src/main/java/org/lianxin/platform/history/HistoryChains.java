package org.lianxin.platform.history;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every module's registered history chains, and the platform's own chain of anchors. */
@Component
class HistoryChains {

	/** The daily anchors, a chain of their own (platform's table). */
	static final HistoryChain ANCHORS = new HistoryChain("history_anchor", "history_anchor_chain_view");

	private final ObjectProvider<HistoryChain> registered;

	HistoryChains(ObjectProvider<HistoryChain> registered) {
		this.registered = registered;
	}

	/** The modules' histories, which the anchors cover. */
	List<HistoryChain> histories() {
		return this.registered.orderedStream().toList();
	}

	/** The tables the application's role must not own in production. */
	List<String> tables() {
		return java.util.stream.Stream.concat(histories().stream(), java.util.stream.Stream.of(ANCHORS))
			.map(HistoryChain::table)
			.toList();
	}

}
