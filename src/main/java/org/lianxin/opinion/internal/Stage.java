package org.lianxin.opinion.internal;

/** A step of the loop that has a clock, in working days (DESIGN §5). */
public enum Stage {

	/** Triage and assign after receipt. */
	ASSIGN,
	/** The agency signs for an assigned case. */
	SIGN,
	/** The agency replies, counted from the assignment. */
	REPLY,
	/** The office tells the citizen the reply. */
	FEEDBACK,
	/** The follow-up visit after the feedback. */
	VISIT,
	/** Closing after the visit. */
	CLOSE,
	/**
	 * How long after the assignment an agency may still return a wrongly assigned case.
	 */
	RETURN

}
