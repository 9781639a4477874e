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
	OWN_RECORDS,
	/**
	 * The deputies of the groups the user liaises (代表小组联络员), and what the user created;
	 * modules that know nothing of deputy groups treat it as {@link #OWN_RECORDS}.
	 */
	OWN_GROUPS;

	/** Whether the scope is a set of regions (and so lists by region). */
	public boolean regionBound() {
		return this == ALL || this == REGION_AND_BELOW || this == OWN_REGION;
	}

}
