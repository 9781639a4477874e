package org.lianxin.oversight.internal;

/**
 * The three steps of an observed hearing, as 鲅鱼圈 names them; labelled
 * {@code court.state.*}.
 */
public enum HearingState {

	/** 提前了解: deputies sign up and read the briefing. */
	SCHEDULED,

	/** 合力调解: the hearing took place, with the deputies who came. */
	HELD,

	/** 座谈评议: the discussion is held and its opinions sent to the court. */
	DISCUSSED

}
