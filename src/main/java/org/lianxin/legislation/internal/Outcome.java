package org.lianxin.legislation.internal;

/** The legislature's answer on a reported opinion. */
public enum Outcome {

	ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED

}
