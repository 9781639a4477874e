package org.lianxin.ledger.internal;

/** The committee's meetings, numbered per term; labelled {@code ledger.meeting.*}. */
public enum MeetingKind {

	/** 党组会议. */
	PARTY_GROUP,

	/** 主任会议. */
	CHAIRPERSONS,

	/** 常委会会议. */
	STANDING_COMMITTEE

}
