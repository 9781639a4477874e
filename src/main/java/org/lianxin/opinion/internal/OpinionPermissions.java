package org.lianxin.opinion.internal;

/** Permissions of the opinion module, named {@code module:entity:action}. */
public final class OpinionPermissions {

	public static final String CATEGORY_VIEW = "opinion:category:view";

	public static final String CATEGORY_EDIT = "opinion:category:edit";

	/** See cases within the data scope. */
	public static final String CASE_VIEW = "opinion:case:view";

	/** Record a case for a citizen: collected offline, by phone or letter. */
	public static final String CASE_RECORD = "opinion:case:record";

	/**
	 * Triage, assign, supervise, give feedback, visit, close, decline, merge, convert.
	 */
	public static final String CASE_TRIAGE = "opinion:case:triage";

	/** An agency's part: sign, return, ask for an extension, reply. */
	public static final String CASE_HANDLE = "opinion:case:handle";

	/** A deputy's or station's direct answer, without an agency. */
	public static final String CASE_ANSWER = "opinion:case:answer";

	/** See a citizen's full phone number to call back (logged). */
	public static final String PHONE_REVEAL = "opinion:phone:reveal";

	/** Edit routing and deadline rules. */
	public static final String RULE_EDIT = "opinion:rule:edit";

	/** Issue and revoke the keys of Open311 clients. */
	public static final String OPEN311_KEY_MANAGE = "opinion:open311-key:manage";

	private OpinionPermissions() {
	}

}
