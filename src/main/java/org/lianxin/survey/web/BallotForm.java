package org.lianxin.survey.web;

import java.util.Map;

import org.lianxin.platform.web.RuleViolationException;

/**
 * A ballot as a form sends it: {@code item-0}, {@code item-1}, … one per item. An item
 * not answered counts as 0: for a choice of N of M that is an unticked box, on a rating
 * scale it is refused as incomplete.
 */
final class BallotForm {

	private BallotForm() {
	}

	static short[] answers(Map<String, String> fields, int items) {
		short[] answers = new short[items];
		for (int i = 0; i < items; i++) {
			try {
				answers[i] = Short.parseShort(fields.getOrDefault("item-" + i, "0").strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("answers", "survey.answers.incomplete");
			}
		}
		return answers;
	}

}
