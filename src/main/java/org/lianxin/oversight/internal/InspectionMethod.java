package org.lianxin.oversight.internal;

/** How an activity checks; labelled {@code oversight.method.*}. */
public enum InspectionMethod {

	/** 随机抽查. */
	RANDOM,

	/** 暗访 (明察暗访). */
	SURPRISE,

	/** 现场询问. */
	ON_SITE_QUESTIONING,

	/** 听取汇报. */
	HEARING_REPORTS

}
