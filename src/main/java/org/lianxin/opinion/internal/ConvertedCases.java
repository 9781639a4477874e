package org.lianxin.opinion.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suggestion a converted case (转为代表建议) became, as the suggestion module publishes it
 * in {@code suggestion_origin_view}: the case page links to it, and the suggestion's page
 * links back.
 */
@Component
public class ConvertedCases {

	private final JdbcClient jdbc;

	ConvertedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The suggestion's id, once the case was converted and the draft exists. */
	public Optional<Long> suggestionOf(long opinionId) {
		return this.jdbc.sql("select suggestion_id from suggestion_origin_view where opinion_id = ?")
			.param(opinionId)
			.query(Long.class)
			.optional();
	}

}
