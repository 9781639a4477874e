package org.lianxin.station;

/** Kinds of liaison venue. */
public enum VenueKind {

	/** 代表之家 */
	DEPUTY_HOME,
	/** 代表联络站 */
	LIAISON_STATION,
	/** 两代表一委员工作室 */
	JOINT_STUDIO,
	/** 基层立法联系点 */
	LEGISLATIVE_CONTACT_POINT,
	/** 立法信息采集点 */
	LEGISLATIVE_INFO_POINT

}
