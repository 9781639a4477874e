package org.lianxin.survey.internal;

/** Where a survey stands: set up, taking votes, counted. */
public enum SurveyState {

	DRAFT, OPEN, CLOSED

}
