package org.lianxin.suggestion.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A suggestion's history, append-only (a trigger refuses to change or delete a row) and a
 * hash chain of its own.
 */
@Component
public class SuggestionHistory {

	private final JdbcClient jdbc;

	SuggestionHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long suggestionId, SuggestionStep step) {
		this.jdbc.sql("""
				insert into suggestion_history (suggestion_id, actor, action, from_status, to_status, note,
				                                handling_round, agency_id, deputy_id, promise_id, result_class,
				                                handling, result, due_on, level)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(suggestionId, step.actor(), step.action().name(), name(step.from()), step.to().name(), step.note(),
					step.round(), step.agencyId(), step.deputyId(), step.promiseId(), name(step.resultClass()),
					name(step.handling()), name(step.result()), step.dueOn(), step.level())
			.update();
	}

	/** One suggestion's steps, oldest first, as its page and the API show them. */
	public List<Entry> of(long suggestionId) {
		return this.jdbc.sql("""
				select h.at, h.actor, h.action, h.from_status, h.to_status, h.note, h.handling_round, h.agency_id,
				       h.deputy_id, h.promise_id, h.result_class, h.handling, h.result, h.due_on, h.level
				from suggestion_history h where h.suggestion_id = ? order by h.chain_seq""")
			.param(suggestionId)
			.query(Entry.class)
			.list();
	}

	/** One step as it is read back. */
	public record Entry(java.time.OffsetDateTime at, String actor, String action, String fromStatus, String toStatus,
			String note, int handlingRound, Long agencyId, Long deputyId, Long promiseId, String resultClass,
			String handling, String result, java.time.LocalDate dueOn, Integer level) {
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
