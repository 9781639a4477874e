package org.lianxin.ledger.internal;

/**
 * The counts of the office's year, in the order the work report writes them; each is
 * defined by its message {@code ledger.count.<NAME>.definition} and opens its rows.
 */
public enum YearCount {

	PARTY_GROUP_MEETINGS, CHAIRPERSONS_MEETINGS, STANDING_COMMITTEE_MEETINGS, REPORTS_HEARD, OVERSIGHT_ACTIVITIES,
	APPOINTMENTS, REQUESTS, ARTICLES

}
