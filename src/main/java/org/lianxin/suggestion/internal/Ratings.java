package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.RuleViolationException;

/**
 * The verdicts of one handling round: who may rate (the lead deputy and every confirmed
 * co-signer), whether one already did, and whether all have.
 */
record Ratings(long leadDeputyId, List<Long> coSigners, Set<Rating> all, int round) {

	Rating check(SuggestionActor by, Satisfaction handling, Satisfaction result, LocalDate today) {
		Long deputy = by.deputyId();
		if (deputy == null || !(deputy == this.leadDeputyId || this.coSigners.contains(deputy))) {
			throw new RuleViolationException(null, "suggestion.rate.not-signer");
		}
		if (handling == null || result == null) {
			throw new RuleViolationException((handling == null) ? "handling" : "result",
					"suggestion.rate.both-required");
		}
		if (thisRound().anyMatch(rating -> rating.deputyId() == deputy)) {
			throw new RuleViolationException(null, "suggestion.rate.twice");
		}
		return new Rating(this.round, deputy, handling, result, today);
	}

	boolean complete() {
		return thisRound().count() == 1 + this.coSigners.size();
	}

	boolean anyUnsatisfied() {
		return thisRound().anyMatch(Rating::unsatisfied);
	}

	private java.util.stream.Stream<Rating> thisRound() {
		return this.all.stream().filter(rating -> rating.handlingRound() == this.round);
	}

}
