package org.lianxin.suggestion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sits in which congress, as the deputy and region modules publish it: a suggestion
 * belongs to a congress its deputies serve in.
 */
@Component
class SuggestionSeats {

	private final JdbcClient jdbc;

	SuggestionSeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The congresses the deputy serves in now. */
	List<Long> congressesOf(long deputyId) {
		return this.jdbc
			.sql("select distinct congress_id from deputy_seat_view where deputy_id = ? and ended_on is null")
			.param(deputyId)
			.query(Long.class)
			.list();
	}

	boolean allServeIn(long congressId, Collection<Long> deputyIds) {
		if (deputyIds.isEmpty()) {
			return true;
		}
		long serving = this.jdbc.sql("""
				select count(distinct deputy_id) from deputy_seat_view
				where congress_id = :congress and deputy_id in (:deputies) and ended_on is null""")
			.param("congress", congressId)
			.param("deputies", deputyIds)
			.query(Long.class)
			.single();
		return serving == deputyIds.size();
	}

	Optional<String> regionOf(long congressId) {
		return this.jdbc.sql("select region_code from congress_view where id = ?")
			.param(congressId)
			.query(String.class)
			.optional();
	}

}
