package org.lianxin.duty;

/** Permissions of the duty module, named {@code module:entity:action}. */
public final class DutyPermissions {

	public static final String VIEW = "duty:record:view";

	/**
	 * Enter records: a deputy for themselves, a station or office for the deputies they
	 * keep.
	 */
	public static final String EDIT = "duty:record:edit";

	public static final String VERIFY = "duty:record:verify";

	/** Read everyone's scores in the scope. */
	public static final String EVALUATION_VIEW = "duty:evaluation:view";

	/** Create evaluation batches: they apply to the whole deployment. */
	public static final String EVALUATION_EDIT = "duty:evaluation:edit";

	/**
	 * Mark the manual evaluation items as a scorer: a deputy themself, a liaison their
	 * group, an office anyone it reaches.
	 */
	public static final String EVALUATION_SCORE = "duty:evaluation:score";

	/** Edit the kinds of duty record. */
	public static final String TYPE_EDIT = "duty:type:edit";

	private DutyPermissions() {
	}

}
