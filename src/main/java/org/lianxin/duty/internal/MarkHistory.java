package org.lianxin.duty.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of evaluation marks: a row each time a mark takes a value, in
 * the transaction that saves it. Rows are only ever added (the table refuses the rest).
 */
@Component
class MarkHistory {

	private final JdbcClient jdbc;

	MarkHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EvaluationMark.MarkChanged change) {
		this.jdbc.sql("""
				insert into evaluation_mark_history
				    (batch_id, dimension_id, deputy_id, role, from_mark, to_mark, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(change.batchId(), change.dimensionId(), change.deputyId(), change.role().name(), change.from(),
					change.to(), change.by(), java.sql.Timestamp.from(change.at()))
			.update();
	}

}
