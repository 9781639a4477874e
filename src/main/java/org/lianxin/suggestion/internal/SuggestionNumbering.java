package org.lianxin.suggestion.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 立案 numbers, one series per congress and session: each number is given once, in the
 * registering transaction, and never reused (a declined or merged suggestion has none).
 */
@Component
class SuggestionNumbering {

	private final JdbcClient jdbc;

	SuggestionNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int next(long congressId, int sessionNumber) {
		return this.jdbc.sql("""
				insert into suggestion_numbering (congress_id, session_number, last_number) values (?, ?, 1)
				on conflict (congress_id, session_number)
				do update set last_number = suggestion_numbering.last_number + 1
				returning last_number""").params(congressId, sessionNumber).query(Integer.class).single();
	}

}
