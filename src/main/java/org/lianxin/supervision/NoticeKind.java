package org.lianxin.supervision;

/** The two notices the watch issues. */
public enum NoticeKind {

	/** 催办: the clock runs out today or on the next working day. */
	REMINDER,

	/** 督办单: the clock ran out; carries an escalation level from 1 up. */
	SUPERVISION

}
