package org.lianxin.station;

/** A venue's activities besides reception days; labels in the message bundle. */
public enum StationActivityKind {

	/** 走访村居/社区: deputies of the station visit a village or community. */
	VILLAGE_VISIT,
	/** 法律咨询: a legal consultation held at or by the station. */
	LEGAL_CONSULTATION

}
