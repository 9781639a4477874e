package org.lianxin.opinion.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.lianxin.station.OpinionsThroughVenues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the venue ledger from the cases themselves: every case collected through a
 * venue counts, whatever became of it since.
 */
@Component
class OpinionsCollectedAtVenues implements OpinionsThroughVenues {

	private final JdbcClient jdbc;

	OpinionsCollectedAtVenues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> perVenue(Collection<Long> venueIds, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new HashMap<>();
		if (venueIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select venue_id, count(*) from opinion
				where venue_id in (:venues) and collected_on between :from and :to group by venue_id""")
			.param("venues", venueIds)
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	@Override
	public Map<LocalDate, Long> perDay(long venueId, LocalDate from, LocalDate to) {
		Map<LocalDate, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select collected_on, count(*) from opinion
				where venue_id = :venue and collected_on between :from and :to group by collected_on""")
			.param("venue", venueId)
			.param("from", from)
			.param("to", to)
			.query((ResultSet rs) -> {
				counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return counts;
	}

}
