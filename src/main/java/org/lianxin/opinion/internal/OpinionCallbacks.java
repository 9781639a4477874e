package org.lianxin.opinion.internal;

import org.lianxin.opinion.internal.Opinion;
import org.lianxin.opinion.internal.OpinionStep;

import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * What the repository does around the case: a loaded case gets the clocks of its category
 * and urgency; a saved case's new steps are appended to its history in the same
 * transaction (the history is append-only, so it is no collection the repository would
 * delete and write again), and its share of the figures' rollup is brought up to date.
 */
@Component
class OpinionCallbacks implements AfterConvertCallback<Opinion>, AfterSaveCallback<Opinion> {

	private final DeadlineRules deadlines;

	private final OpinionHistory history;

	private final OpinionRollup rollup;

	OpinionCallbacks(DeadlineRules deadlines, OpinionHistory history, OpinionRollup rollup) {
		this.deadlines = deadlines;
		this.history = history;
		this.rollup = rollup;
	}

	@Override
	public Opinion onAfterConvert(Opinion opinion) {
		return opinion.clockedBy(this.deadlines.forCase(opinion.categoryId(), opinion.urgent()));
	}

	@Override
	public Opinion onAfterSave(Opinion opinion) {
		for (OpinionStep step : opinion.newSteps()) {
			this.history.append(opinion.id(), step);
		}
		// after the history: a figure may count a step (交办, 答复)
		this.rollup.refresh(opinion.id());
		return opinion;
	}

}
