package org.lianxin.duty.internal;

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

	/** See the reports to voters (述职) of the scope and their counts. */
	public static final String VOTER_REPORT_VIEW = "duty:voter-report:view";

	/** Schedule reports to voters and record the meetings held. */
	public static final String VOTER_REPORT_EDIT = "duty:voter-report:edit";

	/** See training sessions and who attended. */
	public static final String TRAINING_VIEW = "duty:training:view";

	/** Add training sessions and record (or correct) attendance. */
	public static final String TRAINING_EDIT = "duty:training:edit";

	private DutyPermissions() {
	}

}
