package org.lianxin.duty.internal;

import java.math.BigDecimal;

/**
 * Who marks a deputy's manual evaluation items (评议主体): the deputy themself, their group
 * (through its liaison), the town's congress and the office. An office reaching the
 * deputy may also type in any scorer's paper form.
 */
public enum ScorerRole {

	SELF(20), GROUP(30), TOWN(0), OFFICE(50);

	private final int usualWeight;

	ScorerRole(int usualWeight) {
		this.usualWeight = usualWeight;
	}

	/** The weight a new batch gives the scorer, in percent of the manual items. */
	BigDecimal usualWeight() {
		return BigDecimal.valueOf(this.usualWeight);
	}

}
