package org.lianxin.platform.statistics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of counts kept ahead of the records it counts, so that a figure over millions
 * of records adds up a few thousand rows. Each record's share is kept in an entry table
 * (one row per record, shaped as its module likes), so that a change takes the old share
 * away before adding the new one ({@link RollupChange}); the nightly
 * {@link RollupReconciliation} counts everything again from the records and reports where
 * the kept counts had drifted. Registered as a bean by the module that owns the tables;
 * every SQL text here is a constant of that module, never input.
 *
 * @param name the name of its nightly job and of its checks
 * @param table the table of counts
 * @param keys the columns a row of {@code table} is found by, in the order rows are
 * locked
 * @param counts the columns holding counts, in the order of a change's numbers
 * @param entryTable the table of every record's share, locked while counting again
 * @param entriesFromRecords the statement that fills {@code entryTable} from the records
 * @param rowsFromEntries a query giving {@code keys} then {@code counts} from the
 * entries, rows counting nothing left out
 */
public record Rollup(String name, String table, List<String> keys, List<String> counts, String entryTable,
		String entriesFromRecords, String rowsFromEntries) {

	public Rollup {
		keys = List.copyOf(keys);
		counts = List.copyOf(counts);
	}

	/**
	 * The statement a save runs before it reads its entry: it takes the lock that writing
	 * the entry needs at once, so that a save never has to raise its lock while a
	 * reconciliation waits for the whole table.
	 */
	public String entryLock() {
		return "lock table " + this.entryTable + " in row exclusive mode";
	}

	/** The key columns then the count columns, comma-separated. */
	String columns() {
		return String.join(", ", this.keys) + ", " + String.join(", ", this.counts);
	}

	/** A condition on the table: the row counts something. */
	String countsAnything() {
		return this.counts.stream().map(c -> c + " <> 0").collect(Collectors.joining(" or ", "(", ")"));
	}

}
