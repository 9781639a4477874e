package org.lianxin.oversight.internal;

/**
 * Where a deliberation opinion stands; labelled {@code deliberation.state.*}. Drafted by
 * the office, sent as a letter, received by the unit (回执), answered item by item, rated.
 */
public enum DeliberationState {

	DRAFTED, SENT, RECEIVED, ANSWERED, RATED

}
