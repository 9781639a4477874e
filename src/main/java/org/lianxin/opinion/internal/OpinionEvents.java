package org.lianxin.opinion.internal;

import java.util.ArrayList;
import java.util.List;

import org.lianxin.opinion.OpinionConverted;
import org.lianxin.opinion.OpinionReceived;

/**
 * What a case's new steps tell other modules: that it came in, each step taken, and a
 * conversion into a suggestion with what the deputy needs to draft it.
 */
final class OpinionEvents {

	private OpinionEvents() {
	}

	static List<Object> of(Opinion opinion, List<OpinionStep> steps) {
		List<Object> events = new ArrayList<>();
		for (OpinionStep step : steps) {
			events.add((step.action() == OpinionAction.SUBMIT)
					? new OpinionReceived(opinion.id, opinion.trackingCode, opinion.origin.regionCode(),
							opinion.origin.channel(), opinion.origin.recordedBy(), opinion.origin.collectedOn())
					: new OpinionStepTaken(opinion.id, step.action(), step.from(), step.to()));
			if (step.action() == OpinionAction.CONVERT) {
				events.add(new OpinionConverted(opinion.id, opinion.trackingCode, opinion.origin.regionCode(),
						opinion.origin.deputyId(), opinion.origin.recordedBy(), opinion.content.description(),
						step.note(), opinion.closedOn));
			}
		}
		return events;
	}

}
