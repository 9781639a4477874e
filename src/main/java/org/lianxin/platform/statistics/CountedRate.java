package org.lianxin.platform.statistics;

import java.math.BigDecimal;

/**
 * A rate one module offers another's report (DESIGN §5): a count over another, each
 * opening its records, with the message key of the definition that tells 答复率, 办结率, 解决率
 * and 满意率 apart.
 */
public record CountedRate(String key, long numerator, long denominator, String nameKey, String definitionKey,
		String numeratorPath, String denominatorPath) {

	/** One decimal, or {@code null} when nothing was counted below. */
	public BigDecimal percent() {
		return Percentages.of(this.numerator, this.denominator);
	}

}
