package org.lianxin.project.internal;

/** Where a project stands in the vote. */
public enum ProjectState {

	/** Proposed by the government, not yet voted on. */
	CANDIDATE,

	/** Among the top N of the vote: one of the year's projects. */
	CHOSEN,

	/** Voted on, not chosen. */
	NOT_CHOSEN

}
