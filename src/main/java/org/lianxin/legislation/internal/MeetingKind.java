package org.lianxin.legislation.internal;

/** The offline ways a point gathers opinions. */
public enum MeetingKind {

	SYMPOSIUM("座谈会"), HEARING("论证会"), FIELD_RESEARCH("实地调研");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	/** Its Chinese name, for records kept in other modules (the pages use messages). */
	String label() {
		return this.label;
	}

}
