package org.lianxin.oversight.internal;

/** What kind of oversight an activity is; labelled {@code oversight.kind.*}. */
public enum ActivityKind {

	/** 视察. */
	INSPECTION,

	/** 调研. */
	RESEARCH,

	/** 执法检查: names the laws and regulations checked. */
	LAW_ENFORCEMENT,

	/** 专题询问. */
	SPECIAL_INQUIRY

}
