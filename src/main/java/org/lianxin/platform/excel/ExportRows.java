package org.lianxin.platform.excel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an export, handed to the sheet one at a time as they are read (from a
 * database cursor or page by page), so that no list of all of them is ever held.
 */
@FunctionalInterface
public interface ExportRows {

	/** Hands every row to {@code sheet}, in the order the export shows them. */
	void writeTo(Consumer<List<String>> sheet);

}
