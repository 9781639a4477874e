package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lianxin.platform.statistics.CountBits;
import org.lianxin.platform.statistics.Rollup;
import org.lianxin.platform.statistics.RollupChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code opinion_rollup} in step with the cases: after every save, the case's share
 * (its region, the day it was collected, the figures it is in by their own conditions) is
 * worked out again and, where it changed, the old share is taken away and the new one
 * added. Counting everything again is the platform's {@code RollupReconciliation}.
 */
@Component
class OpinionRollup {

	static final List<String> COLUMNS = Arrays.stream(Figure.values())
		.map(f -> f.name().toLowerCase(Locale.ROOT))
		.toList();

	private static final String SHARE = "o.region_code, o.collected_on, "
			+ CountBits.of(Arrays.stream(Figure.values()).map(Figure::condition).toList());

	static final Rollup ROLLUP = new Rollup("opinion-rollup", "opinion_rollup", List.of("region_code", "day"), COLUMNS,
			"opinion_rollup_entry",
			"insert into opinion_rollup_entry (opinion_id, region_code, day, counts) select o.id, " + SHARE
					+ " from opinion o",
			"select e.region_code, e.day, " + CountBits.sums("e.counts", COLUMNS.size())
					+ " from opinion_rollup_entry e group by e.region_code, e.day");

	private final JdbcClient jdbc;

	OpinionRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Brings one case's share up to date, in the transaction of its save. */
	void refresh(long opinionId) {
		this.jdbc.sql(ROLLUP.entryLock()).update();
		Optional<Share> before = this.jdbc
			.sql("select region_code, day, counts from opinion_rollup_entry where opinion_id = ? for update")
			.param(opinionId)
			.query((rs, n) -> new Share(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.optional();
		Share now = this.jdbc.sql("select " + SHARE + " from opinion o where o.id = ?")
			.param(opinionId)
			.query((rs, n) -> new Share(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.single();
		if (before.isPresent() && before.get().equals(now)) {
			return;
		}
		RollupChange change = new RollupChange(ROLLUP);
		before.ifPresent(old -> change.add(old.key(), CountBits.counts(old.counts(), COLUMNS.size()), -1));
		change.add(now.key(), CountBits.counts(now.counts(), COLUMNS.size()), 1).applyTo(this.jdbc);
		this.jdbc.sql("""
				insert into opinion_rollup_entry (opinion_id, region_code, day, counts) values (?, ?, ?, ?)
				on conflict (opinion_id) do update set region_code = excluded.region_code, day = excluded.day,
				    counts = excluded.counts""").params(opinionId, now.regionCode(), now.day(), now.counts()).update();
	}

	/** Where a case counts and the bits of the figures it is in. */
	private record Share(String regionCode, LocalDate day, int counts) {

		List<Object> key() {
			return List.of(this.regionCode, this.day);
		}

	}

}
