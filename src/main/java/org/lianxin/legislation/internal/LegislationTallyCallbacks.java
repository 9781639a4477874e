package org.lianxin.legislation.internal;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Every save of an opinion or a merged opinion goes through its repository, so the tally
 * is brought up to date right after it, in the same transaction.
 */
final class LegislationTallyCallbacks {

	private LegislationTallyCallbacks() {
	}

	@Component
	static class Opinions implements AfterSaveCallback<DraftOpinion> {

		private final LegislationTally tally;

		Opinions(LegislationTally tally) {
			this.tally = tally;
		}

		@Override
		public DraftOpinion onAfterSave(DraftOpinion opinion) {
			this.tally.opinionSaved(opinion.id());
			return opinion;
		}

	}

	@Component
	static class MergedOpinions implements AfterSaveCallback<MergedOpinion> {

		private final LegislationTally tally;

		MergedOpinions(LegislationTally tally) {
			this.tally = tally;
		}

		@Override
		public MergedOpinion onAfterSave(MergedOpinion opinion) {
			this.tally.mergedOpinionSaved(opinion.id());
			return opinion;
		}

	}

}
