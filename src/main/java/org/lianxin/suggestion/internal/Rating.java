package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.lianxin.opinion.Satisfaction;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One deputy's verdict in one handling round: on the handling (办理工作) and on the result
 * (办理结果), separately.
 */
@Table("suggestion_rating")
record Rating(int handlingRound, long deputyId, Satisfaction handling, Satisfaction result, LocalDate ratedOn) {

	boolean unsatisfied() {
		return !this.handling.content() || !this.result.content();
	}

}
