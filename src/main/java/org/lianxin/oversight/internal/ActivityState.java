package org.lianxin.oversight.internal;

/** Where an oversight activity stands; labelled {@code oversight.state.*}. */
public enum ActivityState {

	/** Planned: people and methods may still change. */
	PLANNED,

	/** Places are being visited. */
	UNDER_WAY,

	/** The report is written; the deputies' duty is done. */
	COMPLETED

}
