package org.lianxin.duty.internal;

/** Where a duty record stands. */
public enum RecordState {

	/** 待审核. */
	SUBMITTED,
	/** 已审核: it counts. */
	VERIFIED,
	/** 已退回, with a reason: the deputy may correct it and submit again. */
	RETURNED

}
