package org.lianxin.survey.web;

import java.util.List;

/**
 * A ballot's answers as JSON sends them; a missing answer becomes one no scale allows, so
 * it is refused as incomplete rather than read as 0.
 */
final class Answers {

	private Answers() {
	}

	static short[] of(List<Short> values) {
		List<Short> given = (values != null) ? values : List.of();
		short[] answers = new short[given.size()];
		for (int i = 0; i < answers.length; i++) {
			answers[i] = (given.get(i) != null) ? given.get(i) : -1;
		}
		return answers;
	}

}
