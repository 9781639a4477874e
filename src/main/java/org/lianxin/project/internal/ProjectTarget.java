package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a project must deliver, in a unit ("14.1 公里", "1200 户"), and how much of it is
 * done, as measured and reported.
 */
public record ProjectTarget(String name, String unit, BigDecimal planned, BigDecimal done) {

	/** The share done, in percent, at most 100. */
	public BigDecimal percent() {
		BigDecimal share = this.done.multiply(BigDecimal.valueOf(100)).divide(this.planned, 1, RoundingMode.HALF_UP);
		return share.min(BigDecimal.valueOf(100));
	}

}
