package org.lianxin.suggestion.internal;

/** Permissions of the suggestion module, named {@code module:entity:action}. */
public final class SuggestionPermissions {

	/** See suggestions within the data scope. */
	public static final String VIEW = "suggestion:suggestion:view";

	/** The office's part: register, decline, merge, assign, review, close, decide. */
	public static final String MANAGE = "suggestion:suggestion:manage";

	/**
	 * An agency's part: sign, ask to return, co-handle, contact, extend, reply, report.
	 */
	public static final String HANDLE = "suggestion:suggestion:handle";

	/** A deputy's part: file, co-sign, rate, confirm a promised item. */
	public static final String FILE = "suggestion:suggestion:file";

	private SuggestionPermissions() {
	}

}
