package org.lianxin.survey.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of surveys: a row per step, in the transaction that saves the
 * survey; hash-chained, and checked by the platform like the other histories. It says
 * when a survey opened and closed, never anything about a ballot.
 */
@Component
class SurveyHistory {

	private final JdbcClient jdbc;

	SurveyHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Survey.Moved move) {
		this.jdbc.sql("insert into survey_history (survey_id, from_state, to_state, changed_by) values (?, ?, ?, ?)")
			.params(move.survey().id(), (move.from() != null) ? move.from().name() : null, move.to().name(), move.by())
			.update();
	}

}
