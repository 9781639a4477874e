package org.lianxin.suggestion.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lianxin.platform.statistics.CountBits;
import org.lianxin.platform.statistics.Rollup;
import org.lianxin.platform.statistics.RollupChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code suggestion_tally} in step with the suggestions: after every save, the
 * suggestion's share is worked out again by the figures' own conditions and, where it
 * changed, the old share is taken away and the new one added (the platform's
 * {@link RollupChange}, row by row in one order). Counting everything again is the
 * platform's {@code RollupReconciliation}, by {@link #ROLLUP}.
 */
@Component
class SuggestionTally {

	private static final String SHARE = """
			s.region_code, s.congress_id, s.session_number, date_trunc('month', s.filed_on)::date as month,
			s.lead_agency_id,
			array(select c.agency_id from suggestion_co_agency c where c.suggestion_id = s.id order by c.agency_id)
			    as co_agency_ids,
			""" + TallyCount.bits() + " as counts";

	private static final List<String> KEYS = List.of("region_code", "congress_id", "session_number", "month",
			"agency_id", "lead");

	private static final String ZEROS = String.join(", ", Collections.nCopies(TallyCount.ALL.size(), "0"));

	/**
	 * The tally as a rollup: a lead row carries every count, a co-handling row only how
	 * many it shares.
	 */
	static final Rollup ROLLUP = new Rollup(SuggestionTallySchedule.TASK, "suggestion_tally", KEYS, columns(),
			"suggestion_tally_entry",
			"insert into suggestion_tally_entry (suggestion_id, region_code, congress_id, session_number,"
					+ " month, lead_agency_id, co_agency_ids, counts) select s.id, " + SHARE + " from suggestion s",
			"select e.region_code, e.congress_id, e.session_number, e.month, coalesce(e.lead_agency_id, 0), true,"
					+ " count(*), " + CountBits.sums("e.counts", TallyCount.ALL.size())
					+ " from suggestion_tally_entry e where e.month is not null group by 1, 2, 3, 4, 5"
					+ " union all select e.region_code, e.congress_id, e.session_number, e.month, c.agency_id, false,"
					+ " count(*), " + ZEROS
					+ " from suggestion_tally_entry e cross join unnest(e.co_agency_ids) as c (agency_id)"
					+ " where e.month is not null group by 1, 2, 3, 4, 5");

	private final JdbcClient jdbc;

	SuggestionTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Brings one suggestion's share up to date, in the transaction of its save. */
	void refresh(long suggestionId) {
		this.jdbc.sql(ROLLUP.entryLock()).update();
		Optional<TallyEntry> before = this.jdbc
			.sql("select region_code, congress_id, session_number, month, lead_agency_id, co_agency_ids, counts"
					+ " from suggestion_tally_entry where suggestion_id = ? for update")
			.param(suggestionId)
			.query((rs, n) -> entry(rs))
			.optional();
		TallyEntry now = this.jdbc.sql("select " + SHARE + " from suggestion s where s.id = ?")
			.param(suggestionId)
			.query((rs, n) -> entry(rs))
			.single();
		if (before.isPresent() && before.get().equals(now)) {
			return;
		}
		RollupChange change = new RollupChange(ROLLUP);
		before.ifPresent(old -> old.addTo(change, -1));
		now.addTo(change, 1);
		change.applyTo(this.jdbc);
		this.jdbc.sql("""
				insert into suggestion_tally_entry (suggestion_id, region_code, congress_id, session_number, month,
				                                    lead_agency_id, co_agency_ids, counts)
				values (:id, :region, :congress, :session, :month, :lead,
				        cast(string_to_array(:co, ',') as bigint[]), :counts)
				on conflict (suggestion_id) do update set region_code = excluded.region_code,
				    congress_id = excluded.congress_id, session_number = excluded.session_number,
				    month = excluded.month, lead_agency_id = excluded.lead_agency_id,
				    co_agency_ids = excluded.co_agency_ids, counts = excluded.counts""")
			.param("id", suggestionId)
			.param("region", now.regionCode())
			.param("congress", now.congressId())
			.param("session", now.sessionNumber())
			.param("month", now.month())
			.param("lead", now.leadAgencyId())
			.param("co", now.coAgencyIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("counts", now.counts())
			.update();
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("suggestions"));
		TallyCount.ALL.forEach(c -> columns.add(c.column()));
		return columns;
	}

	private static TallyEntry entry(ResultSet rs) throws SQLException {
		Array co = rs.getArray("co_agency_ids");
		List<Long> coAgencies = (co != null)
				? Arrays.stream((Object[]) co.getArray()).map(id -> ((Number) id).longValue()).toList() : List.of();
		return new TallyEntry(rs.getString("region_code"), rs.getLong("congress_id"), rs.getInt("session_number"),
				rs.getObject("month", LocalDate.class), (Long) rs.getObject("lead_agency_id"), coAgencies,
				rs.getInt("counts"));
	}

}
