package org.lianxin.platform.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one record's save changes in a {@link Rollup}: its old share taken away, its new
 * share added, summed by row. The rows are written in the order of their keys, so that
 * two saves touching the same rows take their locks in the same order and never wait for
 * each other crosswise.
 */
public final class RollupChange {

	private final Rollup rollup;

	private final Map<Key, long[]> rows = new TreeMap<>();

	public RollupChange(Rollup rollup) {
		this.rollup = rollup;
	}

	/**
	 * Adds {@code sign} times the counts a record gives one row.
	 * @param key the values of the rollup's key columns, in their order
	 * @param counts the record's number for each count column, in their order
	 */
	public RollupChange add(List<?> key, long[] counts, int sign) {
		long[] row = this.rows.computeIfAbsent(new Key(new ArrayList<>(key)),
				k -> new long[this.rollup.counts().size()]);
		for (int k = 0; k < row.length; k++) {
			row[k] += sign * counts[k];
		}
		return this;
	}

	/**
	 * Writes the change, row by row in key order; rows whose counts cancel out are left
	 * alone.
	 */
	public void applyTo(JdbcClient jdbc) {
		String increments = this.rollup.counts()
			.stream()
			.map(c -> c + " = " + this.rollup.table() + "." + c + " + excluded." + c)
			.collect(Collectors.joining(", "));
		String sql = "insert into " + this.rollup.table() + " (" + this.rollup.columns() + ") values ("
				+ String.join(", ", Collections.nCopies(this.rollup.keys().size() + this.rollup.counts().size(), "?"))
				+ ") on conflict (" + String.join(", ", this.rollup.keys()) + ") do update set " + increments;
		this.rows.forEach((key, counts) -> {
			if (Arrays.stream(counts).allMatch(n -> n == 0)) {
				return;
			}
			List<Object> values = new ArrayList<>(key.values());
			Arrays.stream(counts).forEach(values::add);
			jdbc.sql(sql).params(values).update();
		});
	}

	/** A row's key, ordered value by value (absent values first). */
	private record Key(List<?> values) implements Comparable<Key> {

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public int compareTo(Key other) {
			for (int k = 0; k < this.values.size(); k++) {
				Comparable mine = (Comparable) this.values.get(k);
				Comparable theirs = (Comparable) other.values.get(k);
				int order = (mine == null) ? ((theirs == null) ? 0 : -1)
						: ((theirs == null) ? 1 : mine.compareTo(theirs));
				if (order != 0) {
					return order;
				}
			}
			return 0;
		}

	}

}
