package org.lianxin.account;

/** How far a staff user's view reaches (数据权限). */
public enum DataScopeKind {

	/** Everything in the system: the city administrator. */
	ALL,
	/** The user's region and every region below it: a division's congress office. */
	REGION_AND_BELOW,
	/** The user's own region only, not the ones below it. */
	OWN_REGION,
	/** Records of the user's own agency: an agency handler. */
	OWN_AGENCY,
	/** Only records the user created or that name them: a deputy. */
	OWN_RECORDS

}
