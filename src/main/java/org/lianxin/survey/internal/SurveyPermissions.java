package org.lianxin.survey.internal;

/** Permissions of the survey module, named {@code module:entity:action}. */
public final class SurveyPermissions {

	/** See the surveys of the scope and, once closed, their results. */
	public static final String VIEW = "survey:survey:view";

	/** Set up, open and close surveys; ask for a re-vote. */
	public static final String EDIT = "survey:survey:edit";

	/** Type in paper ballots (one of the two clerks) and hand out paper ballots. */
	public static final String PAPER = "survey:paper:enter";

	/** Vote as a deputy. */
	public static final String CAST = "survey:ballot:cast";

	/** Submit the rated agency's 整改 report. */
	public static final String RECTIFY = "survey:rectification:submit";

	private SurveyPermissions() {
	}

}
