package org.lianxin.opinion.internal;

import org.lianxin.opinion.internal.OpinionStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's history, which is append-only (a trigger refuses to change or delete a row): a
 * step is only ever added, never saved over.
 */
@Component
public class OpinionHistory {

	private final JdbcClient jdbc;

	OpinionHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends one step to a case's history and returns its id. */
	public long append(long opinionId, OpinionStep step) {
		return this.jdbc.sql("""
				insert into opinion_history (opinion_id, actor, action, from_status, to_status, note, agency_id,
				                             result_class, rating, channel, days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(opinionId, step.actor(), step.action().name(), (step.from() != null) ? step.from().name() : null,
					step.to().name(), step.note(), step.agencyId(),
					(step.resultClass() != null) ? step.resultClass().name() : null,
					(step.rating() != null) ? step.rating().name() : null,
					(step.channel() != null) ? step.channel().name() : null, step.days())
			.query(Long.class)
			.single();
	}

}
