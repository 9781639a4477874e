package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;

/**
 * A step as the append-only history keeps it: who did what, from which state to which, in
 * which handling round, and what that kind of step carries.
 */
public record SuggestionStep(SuggestionAction action, SuggestionStatus from, SuggestionStatus to, String actor,
		String note, int round, Long agencyId, Long deputyId, Long promiseId, ResultClass resultClass,
		Satisfaction handling, Satisfaction result, LocalDate dueOn, Integer level) {

	static SuggestionStep of(SuggestionAction action, SuggestionStatus from, SuggestionStatus to, SuggestionActor by,
			String note, int round) {
		return new SuggestionStep(action, from, to, by.name(), note, round, null, null, null, null, null, null, null,
				null);
	}

	SuggestionStep withNote(String text) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, text, this.round, this.agencyId,
				this.deputyId, this.promiseId, this.resultClass, this.handling, this.result, this.dueOn, this.level);
	}

	SuggestionStep withAgency(Long agency) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, agency,
				this.deputyId, this.promiseId, this.resultClass, this.handling, this.result, this.dueOn, this.level);
	}

	SuggestionStep withDeputy(Long deputy) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				deputy, this.promiseId, this.resultClass, this.handling, this.result, this.dueOn, this.level);
	}

	SuggestionStep withPromise(Long promise) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				this.deputyId, promise, this.resultClass, this.handling, this.result, this.dueOn, this.level);
	}

	SuggestionStep withResult(ResultClass resultClass) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				this.deputyId, this.promiseId, resultClass, this.handling, this.result, this.dueOn, this.level);
	}

	SuggestionStep withRating(Satisfaction handling, Satisfaction result) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				this.deputyId, this.promiseId, this.resultClass, handling, result, this.dueOn, this.level);
	}

	SuggestionStep withDue(LocalDate due) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				this.deputyId, this.promiseId, this.resultClass, this.handling, this.result, due, this.level);
	}

	SuggestionStep withLevel(Integer escalation) {
		return new SuggestionStep(this.action, this.from, this.to, this.actor, this.note, this.round, this.agencyId,
				this.deputyId, this.promiseId, this.resultClass, this.handling, this.result, this.dueOn, escalation);
	}

}
