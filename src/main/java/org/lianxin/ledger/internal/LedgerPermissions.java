package org.lianxin.ledger.internal;

/** Permissions of the ledger module, named {@code module:entity:action}. */
public final class LedgerPermissions {

	/** See the ledger and its counts, for the regions of the scope. */
	public static final String VIEW = "ledger:entry:view";

	/** Enter the ledger's rows for one's own region, and import them. */
	public static final String EDIT = "ledger:entry:edit";

	private LedgerPermissions() {
	}

}
