package org.lianxin.oversight.internal;

import java.util.List;

import org.lianxin.platform.history.HistoryChain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of deliberation opinions: a row each time one moves, in the
 * transaction that saves it; the table refuses changes and chains each row's hash to the
 * one before, which the platform anchors and checks.
 */
@Component
public class DeliberationHistory {

	private final JdbcClient jdbc;

	DeliberationHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DeliberationOpinion.Moved move) {
		this.jdbc.sql("""
				insert into deliberation_opinion_history (opinion_id, from_state, to_state, changed_by, note)
				values (?, ?, ?, ?, ?)""")
			.params(move.opinionId(), (move.from() != null) ? move.from().name() : null, move.to().name(), move.by(),
					move.note())
			.update();
	}

	/** An opinion's moves, oldest first. */
	public List<OversightHistory.Entry> of(long opinionId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.from_state as "from", h.to_state as "to", h.note
				from deliberation_opinion_history h left join staff_user_view u on u.id = h.changed_by
				where h.opinion_id = ? order by h.chain_seq""")
			.param(opinionId)
			.query(OversightHistory.Entry.class)
			.list();
	}

	@Configuration(proxyBeanMethods = false)
	static class Chain {

		@Bean
		HistoryChain deliberationOpinionHistoryChain() {
			return new HistoryChain("deliberation_opinion_history", "deliberation_opinion_history_chain_view");
		}

	}

}
