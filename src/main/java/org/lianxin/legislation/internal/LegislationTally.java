package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Optional;

import org.lianxin.platform.statistics.CountBits;
import org.lianxin.platform.statistics.Rollup;
import org.lianxin.platform.statistics.RollupChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code legislation_point_tally} in step with the opinions: after an opinion is
 * saved (given, merged, unmerged) or a merged opinion is (reported, answered), the share
 * of each opinion concerned is worked out again and, where it changed, the old share is
 * taken away and the new one added, in the transaction of the save. Counting everything
 * again is the platform's {@code RollupReconciliation} (job {@code legislation-tally}).
 */
@Component
class LegislationTally {

	/** The counts, in the order of their bits; each as the figures define it. */
	static final List<String> COLUMNS = List.of("opinions", "reported", "adopted", "partly_adopted");

	private static final String SHARE = "o.consultation_id, o.point_id, coalesce(o.informant_id, 0), "
			+ CountBits.of(List.of("true", "m.state in ('REPORTED', 'ANSWERED')", "m.outcome = 'ADOPTED'",
					"m.outcome = 'PARTLY_ADOPTED'"))
			+ " from legislation_opinion o left join legislation_merged_opinion m on m.id = o.merged_into";

	static final Rollup ROLLUP = new Rollup("legislation-tally", "legislation_point_tally",
			List.of("consultation_id", "point_id"), COLUMNS, "legislation_tally_entry",
			"insert into legislation_tally_entry (opinion_id, consultation_id, point_id, informant_id, counts) "
					+ "select o.id, " + SHARE,
			"select e.consultation_id, e.point_id, " + CountBits.sums("e.counts", COLUMNS.size())
					+ " from legislation_tally_entry e group by e.consultation_id, e.point_id");

	private final JdbcClient jdbc;

	LegislationTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Brings one opinion's share up to date. */
	void opinionSaved(long opinionId) {
		refresh(this.jdbc.sql("select o.id, " + SHARE + " where o.id = ?").param(opinionId));
	}

	/** Brings the shares of the opinions merged into it up to date. */
	void mergedOpinionSaved(long mergedOpinionId) {
		refresh(this.jdbc.sql("select o.id, " + SHARE + " where o.merged_into = ? order by o.id")
			.param(mergedOpinionId));
	}

	private void refresh(JdbcClient.StatementSpec now) {
		this.jdbc.sql(ROLLUP.entryLock()).update();
		List<Share> shares = now
			.query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
			.list();
		RollupChange change = new RollupChange(ROLLUP);
		for (Share share : shares) {
			Optional<Share> before = this.jdbc.sql("""
					select opinion_id, consultation_id, point_id, informant_id, counts from legislation_tally_entry
					where opinion_id = ? for update""")
				.param(share.opinionId())
				.query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
				.optional();
			if (before.isPresent() && before.get().equals(share)) {
				continue;
			}
			before.ifPresent(old -> change.add(old.key(), CountBits.counts(old.counts(), COLUMNS.size()), -1));
			change.add(share.key(), CountBits.counts(share.counts(), COLUMNS.size()), 1);
			this.jdbc.sql("""
					insert into legislation_tally_entry (opinion_id, consultation_id, point_id, informant_id, counts)
					values (?, ?, ?, ?, ?)
					on conflict (opinion_id) do update set consultation_id = excluded.consultation_id,
					    point_id = excluded.point_id, informant_id = excluded.informant_id, counts = excluded.counts""")
				.params(share.opinionId(), share.consultationId(), share.pointId(), share.informantId(), share.counts())
				.update();
		}
		change.applyTo(this.jdbc);
	}

	/**
	 * Where an opinion counts (informant 0: none) and the bits of the counts it is in.
	 */
	private record Share(long opinionId, long consultationId, long pointId, long informantId, int counts) {

		List<Object> key() {
			return List.of(this.consultationId, this.pointId);
		}

	}

}
