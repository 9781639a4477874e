package org.lianxin.oversight.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One numbered item of a deliberation opinion: what the committee asks, the unit
 * responsible, its deadline, and the unit's answer once given.
 */
@Table("deliberation_opinion_item")
record DeliberationItem(String text, long agencyId, LocalDate dueOn, String answer, LocalDate answeredOn) {

	DeliberationItem answered(String reply, LocalDate on) {
		return new DeliberationItem(this.text, this.agencyId, this.dueOn, reply, on);
	}

	boolean open() {
		return this.answer == null;
	}

}
