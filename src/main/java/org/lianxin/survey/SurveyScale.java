package org.lianxin.survey;

/**
 * How each item of a survey is answered; an answer is stored as a small number.
 */
public enum SurveyScale {

	/** 1 满意, 2 基本满意, 3 不满意. */
	SATISFACTION(1, 3),

	/** 1 (worst) to 5 (best). */
	FIVE_POINT(1, 5),

	/** 1 chosen, 0 not; at most the survey's {@code maxChoices} items chosen. */
	CHOICE(0, 1);

	private final int lowest;

	private final int highest;

	SurveyScale(int lowest, int highest) {
		this.lowest = lowest;
		this.highest = highest;
	}

	public boolean allows(int answer) {
		return answer >= this.lowest && answer <= this.highest;
	}

	/** The answers an item can have, in the order results list them. */
	public int[] answers() {
		return (this == CHOICE) ? new int[] { 1 } : java.util.stream.IntStream.rangeClosed(1, this.highest).toArray();
	}

}
