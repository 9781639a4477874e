package org.lianxin.deputy;

import java.util.List;

/**
 * What an import did, or would have done: counts, and one line per problem found.
 *
 * @param saved whether anything was written (false when any row was invalid in
 * all-or-nothing mode)
 */
public record ImportReport(int imported, int updated, int unchanged, List<Problem> errors, boolean saved) {

	/**
	 * A problem in the workbook; row and column as the spreadsheet shows them (row 1 is
	 * the header).
	 */
	public record Problem(int row, String column, String message) {
	}

	/** Whether to save the valid rows when some are not. */
	public enum Mode {

		ALL_OR_NOTHING, VALID_ROWS

	}

}
