package org.lianxin.suggestion.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code suggestion_tally} in step with the suggestions: after every save, the
 * suggestion's share is worked out again by the figures' own conditions and, where it
 * changed, the old share is taken away and the new one added, row by row in one order (so
 * that two saves never wait for each other crosswise). {@link #rebuild} counts everything
 * again from the suggestions.
 */
@Component
class SuggestionTally {

	private static final String SHARE = """
			s.region_code, s.congress_id, s.session_number, date_trunc('month', s.filed_on)::date as month,
			s.lead_agency_id,
			array(select c.agency_id from suggestion_co_agency c where c.suggestion_id = s.id order by c.agency_id)
			    as co_agency_ids,
			""" + TallyCount.bits() + " as counts";

	private static final String COLUMNS = TallyCount.ALL.stream()
		.map(TallyCount::column)
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	SuggestionTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Brings one suggestion's share up to date, in the transaction of its save. */
	void refresh(long suggestionId) {
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
		Map<TallyEntry.Key, long[]> deltas = new TreeMap<>();
		before.ifPresent(old -> old.addTo(deltas, -1));
		now.addTo(deltas, 1);
		deltas.forEach(this::add);
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

	/**
	 * Counts everything again from the suggestions, while no save can change a share (the
	 * entries are locked for the rebuild's transaction).
	 */
	@Transactional
	public void rebuild() {
		this.jdbc.sql("lock table suggestion_tally_entry in exclusive mode").update();
		this.jdbc.sql("delete from suggestion_tally").update();
		this.jdbc.sql("delete from suggestion_tally_entry").update();
		this.jdbc
			.sql("insert into suggestion_tally_entry (suggestion_id, region_code, congress_id, session_number,"
					+ " month, lead_agency_id, co_agency_ids, counts) select s.id, " + SHARE + " from suggestion s")
			.update();
		String sums = IntStream.range(0, TallyCount.ALL.size())
			.mapToObj(k -> "sum((e.counts >> " + k + ") & 1)")
			.collect(Collectors.joining(", "));
		String zeros = String.join(", ", java.util.Collections.nCopies(TallyCount.ALL.size(), "0"));
		this.jdbc
			.sql("insert into suggestion_tally (region_code, congress_id, session_number, month, agency_id, lead,"
					+ " suggestions, " + COLUMNS + ")"
					+ " select e.region_code, e.congress_id, e.session_number, e.month, coalesce(e.lead_agency_id, 0),"
					+ " true, count(*), " + sums + " from suggestion_tally_entry e where e.month is not null"
					+ " group by 1, 2, 3, 4, 5"
					+ " union all select e.region_code, e.congress_id, e.session_number, e.month, c.agency_id, false,"
					+ " count(*), " + zeros
					+ " from suggestion_tally_entry e cross join unnest(e.co_agency_ids) as c (agency_id)"
					+ " where e.month is not null group by 1, 2, 3, 4, 5")
			.update();
	}

	/** Whether every suggestion has its share in the tally. */
	boolean complete() {
		return this.jdbc
			.sql("select not exists (select 1 from suggestion s where not exists"
					+ " (select 1 from suggestion_tally_entry e where e.suggestion_id = s.id))")
			.query(Boolean.class)
			.single();
	}

	private void add(TallyEntry.Key key, long[] delta) {
		if (Arrays.stream(delta).allMatch(d -> d == 0)) {
			return;
		}
		List<String> increments = new ArrayList<>();
		increments.add("suggestions = suggestion_tally.suggestions + excluded.suggestions");
		TallyCount.ALL.forEach(
				c -> increments.add(c.column() + " = suggestion_tally." + c.column() + " + excluded." + c.column()));
		List<Object> values = new ArrayList<>(List.of(key.regionCode(), key.congressId(), key.sessionNumber(),
				key.month(), key.agencyId(), key.lead()));
		Arrays.stream(delta).forEach(values::add);
		this.jdbc
			.sql("insert into suggestion_tally (region_code, congress_id, session_number, month, agency_id, lead,"
					+ " suggestions, " + COLUMNS + ") values ("
					+ String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
					+ ") on conflict (region_code, congress_id, session_number, month, agency_id, lead) do update set "
					+ String.join(", ", increments))
			.params(values)
			.update();
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
