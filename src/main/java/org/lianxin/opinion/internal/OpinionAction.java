package org.lianxin.opinion.internal;

import java.util.Locale;

/**
 * The steps of the loop, as the history records them and the API names them ({@code POST
 * /api/v1/opinions/{id}/assign}).
 */
public enum OpinionAction {

	SUBMIT, ASSIGN, SIGN, RETURN, EXTEND, APPROVE_EXTENSION, REPLY, FEEDBACK, VISIT, CLOSE, DECLINE, MERGE,
	ANSWER_DIRECTLY, CONVERT, SUPERVISE;

	/** The name in URLs: {@code approve-extension}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static OpinionAction fromPath(String path) {
		for (OpinionAction action : values()) {
			if (action.path().equals(path)) {
				return action;
			}
		}
		throw new IllegalArgumentException("no such action: " + path);
	}

}
