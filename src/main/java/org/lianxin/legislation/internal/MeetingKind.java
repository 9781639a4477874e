package org.lianxin.legislation.internal;

/** The offline ways a point gathers opinions. */
public enum MeetingKind {

	/** 座谈会 */
	SYMPOSIUM,
	/** 论证会 */
	HEARING,
	/** 实地调研 */
	FIELD_RESEARCH

}
