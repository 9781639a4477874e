package org.lianxin.oversight.internal;

/** Where an issue item stands; labelled {@code oversight.item.state.*}. */
public enum IssueState {

	/** 整改中: the unit must rectify by the deadline. */
	ASSIGNED,

	/** 待复查: the unit reported; a reviewer must check the evidence. */
	REPORTED,

	/** 退回重改: the reviewer found it not rectified; the unit must again. */
	SENT_BACK,

	/** 已销号: checked and closed; the follow-up visit (回头看) is due later. */
	CLOSED,

	/** 回头看已完成: the follow-up visit found the rectification holding. */
	FOLLOWED_UP

}
