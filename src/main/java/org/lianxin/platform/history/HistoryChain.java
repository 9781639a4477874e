package org.lianxin.platform.history;

import java.util.regex.Pattern;

/**
 * A module's append-only history, hash-chained in the database by its own insert trigger,
 * as the platform's check reads it: published as a bean by the owning module.
 *
 * @param table the history table (whose owner must not be the application's role in
 * {@code prod})
 * @param view the read-only view the module publishes of the chain, with the columns
 * {@code chain_key, id, chain_seq, written_at, prev_hash, row_hash, computed_hash}
 */
public record HistoryChain(String table, String view) {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public HistoryChain {
		if (!NAME.matcher(table).matches() || !NAME.matcher(view).matches()) {
			throw new IllegalArgumentException("not a table or view name: " + table + ", " + view);
		}
	}

}
