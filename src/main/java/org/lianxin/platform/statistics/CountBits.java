package org.lianxin.platform.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A record's share of a {@link Rollup} as one number: bit {@code k} set when the record
 * is in count {@code k}. An entry keeps it, so that a save compares one number and takes
 * the old share away exactly.
 */
public final class CountBits {

	private CountBits() {
	}

	/**
	 * The bits of the conditions a record meets, as one SQL expression; conditions are
	 * constants.
	 */
	public static String of(List<String> conditions) {
		List<String> terms = new ArrayList<>();
		for (int k = 0; k < conditions.size(); k++) {
			terms.add("(case when " + conditions.get(k) + " then " + (1 << k) + " else 0 end)");
		}
		return String.join(" + ", terms);
	}

	/**
	 * SQL summing each of {@code size} bits of {@code column} over a group,
	 * comma-separated.
	 */
	public static String sums(String column, int size) {
		return IntStream.range(0, size)
			.mapToObj(k -> "sum((" + column + " >> " + k + ") & 1)")
			.collect(Collectors.joining(", "));
	}

	/** The counts one record adds: 1 where its bit is set. */
	public static long[] counts(int bits, int size) {
		long[] counts = new long[size];
		for (int k = 0; k < size; k++) {
			counts[k] = (bits >> k) & 1;
		}
		return counts;
	}

}
