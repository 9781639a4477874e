package org.lianxin.survey;

/** Who may vote in a survey. */
public enum Electorate {

	/** The deputies serving in the survey's congress. */
	CONGRESS,

	/** The serving members of one deputy group of that congress. */
	GROUP

}
