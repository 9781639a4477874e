package org.lianxin.platform.excel;

import java.util.List;
import java.util.Locale;

import org.lianxin.platform.web.RuleViolationException;

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

		ALL_OR_NOTHING, VALID_ROWS;

		/**
		 * The mode as pages ({@code VALID_ROWS}) and the API ({@code valid-rows}) name
		 * it.
		 * @throws RuleViolationException for any other word
		 */
		public static Mode parse(String mode) {
			return switch (mode.strip().toUpperCase(Locale.ROOT).replace('-', '_')) {
				case "ALL_OR_NOTHING" -> ALL_OR_NOTHING;
				case "VALID_ROWS" -> VALID_ROWS;
				default -> throw new RuleViolationException("mode", "import.mode");
			};
		}

	}

}
