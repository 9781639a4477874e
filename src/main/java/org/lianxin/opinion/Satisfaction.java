package org.lianxin.opinion;

/** What a citizen said of the result at the follow-up visit. */
public enum Satisfaction {

	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;

	/** Satisfied or basically satisfied: what the satisfaction rate counts. */
	public boolean content() {
		return this != UNSATISFIED;
	}

}
