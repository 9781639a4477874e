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

	/** The suggestion drafted from an opinion case, if one was. */
	Optional<Long> draftOf(long opinionId) {
		return this.jdbc.sql("select id from suggestion where origin_opinion_id = ?")
			.param(opinionId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Of the congresses a deputy serves in, the one of the case's region or the nearest
	 * above it (a district deputy's suggestion goes to the district's congress).
	 */
	long nearest(List<Long> congresses, String regionCode) {
		return this.jdbc.sql("""
				select c.id from congress_view c join region_view r on r.code = c.region_code
				where c.id in (:congresses)
				order by (select rr.path from region_view rr where rr.code = :region) like r.path || '%' desc,
				         length(r.path) desc
				limit 1""").param("congresses", congresses).param("region", regionCode).query(Long.class).single();
	}

}
