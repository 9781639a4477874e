package org.lianxin.oversight.internal;

/** The committee's rating of the answers; labelled {@code deliberation.rating.*}. */
public enum DeliberationRating {

	SATISFIED, BASICALLY_SATISFIED, UNSATISFIED

}
