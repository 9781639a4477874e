package org.lianxin.oversight.internal;

/** A deputy's place on a hearing's list; labelled {@code court.seat.*}. */
public enum SeatState {

	SIGNED_UP, WAITING, ATTENDED, ABSENT

}
