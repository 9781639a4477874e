package org.lianxin.oversight.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An opinion of the discussion sent to the court, which must answer it by {@code dueOn};
 * until it does, the watch keeps it on the {@code COURT_REPLY} clock.
 */
@Table("court_hearing_opinion")
record HearingOpinion(String opinion, String reply, LocalDate repliedOn, LocalDate dueOn) {

	HearingOpinion answered(String text, LocalDate on) {
		return new HearingOpinion(this.opinion, text, on, this.dueOn);
	}

}
