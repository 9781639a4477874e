package org.lianxin.survey;

/** Who may vote in a survey. */
public enum Electorate {

	/** The deputies serving in the survey's congress. */
	CONGRESS,

	/** The serving members of one deputy group of that congress. */
	GROUP,

	/**
	 * The deputies of that congress the clerk records as present at the meeting: only
	 * they may vote.
	 */
	MEETING,

	/**
	 * Anyone, one vote per phone number; the number is kept only as the roll's keyed
	 * hash, never beside a ballot.
	 */
	PUBLIC

}
