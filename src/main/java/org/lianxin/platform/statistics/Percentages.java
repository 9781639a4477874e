package org.lianxin.platform.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.StringJoiner;

/**
 * How the reports' rates are computed, the same for every module: a count over another,
 * as a percentage with one decimal, none when nothing was counted below; and the one SQL
 * pass that counts every figure by its definition.
 */
public final class Percentages {

	private Percentages() {
	}

	/** One decimal, half up; {@code null} when the denominator is zero. */
	public static BigDecimal of(long numerator, long denominator) {
		return (denominator == 0) ? null
				: BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The select list that counts each condition in one pass, in order:
	 * {@code count(*) filter (where c1), count(*) filter (where c2), …}. The conditions
	 * are code constants, never input.
	 */
	public static String countsOf(List<String> conditions) {
		StringJoiner counts = new StringJoiner(", ");
		conditions.forEach(condition -> counts.add("count(*) filter (where " + condition + ")"));
		return counts.toString();
	}

}
