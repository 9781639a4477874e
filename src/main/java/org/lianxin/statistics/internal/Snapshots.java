package org.lianxin.statistics.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published reports' frozen figures, in their own append-only, hash-chained table:
 * what a publication said stays readable however the records are corrected later.
 */
@Component
class Snapshots {

	private final JdbcClient jdbc;

	Snapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What was published, each figure's values as {@code count} or
	 * {@code count/denominator}.
	 */
	record Snapshot(String wording, Map<String, String> figures, Instant publishedAt) {
	}

	void freeze(long reportId, String regionCode, int year, String wording, Map<String, ReportFigure> figures, Long by,
			Instant at) {
		String frozen = figures.values()
			.stream()
			.map(f -> f.key() + "=" + f.frozen())
			.collect(Collectors.joining("\n"));
		this.jdbc.sql("""
				insert into statistics_report_snapshot (report_id, region_code, year, wording, figures, published_by,
				                                        published_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, regionCode, year, wording, frozen, by, java.sql.Timestamp.from(at))
			.update();
	}

	/** The latest publication of the report, if it was published. */
	Optional<Snapshot> latest(long reportId) {
		return this.jdbc.sql("""
				select wording, figures, published_at from statistics_report_snapshot
				where report_id = ? order by chain_seq desc limit 1""")
			.param(reportId)
			.query((rs, n) -> new Snapshot(rs.getString(1), parse(rs.getString(2)), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	private static Map<String, String> parse(String frozen) {
		Map<String, String> figures = new LinkedHashMap<>();
		for (String line : frozen.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				figures.put(line.substring(0, equals), line.substring(equals + 1));
			}
		}
		return figures;
	}

}
