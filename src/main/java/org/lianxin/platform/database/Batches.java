package org.lianxin.platform.database;

import java.util.function.IntSupplier;

/**
 * Long clean-ups in short transactions: one batch at a time, until a batch comes back
 * smaller than the batch size.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Runs {@code batch} (which changes at most {@code size} rows and says how many)
	 * until it changes fewer than {@code size}; how many rows it changed in all.
	 */
	public static int untilDone(int size, IntSupplier batch) {
		int total = 0;
		int changed;
		do {
			changed = batch.getAsInt();
			total += changed;
		}
		while (changed == size);
		return total;
	}

}
