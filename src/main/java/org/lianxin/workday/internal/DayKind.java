package org.lianxin.workday.internal;

/** What an exception in the calendar makes of its day. */
public enum DayKind {

	/** A public holiday (放假): no work, even on a weekday. */
	HOLIDAY,
	/** A make-up working day (调休上班): work, even on a weekend. */
	WORKDAY

}
