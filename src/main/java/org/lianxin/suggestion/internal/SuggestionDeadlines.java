package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.lianxin.workday.WorkingDays;

/**
 * The suggestion rules' clocks (DESIGN §5). Return requests count working days, as the
 * rules say; the others are calendar months ("3 months of assignment"), and a month that
 * ends on a rest day moves to the next working day.
 */
public record SuggestionDeadlines(WorkingDays days) {

	/** 申退: within 5 working days of assignment. */
	static final int RETURN_WORKING_DAYS = 5;

	/** The reply: within 3 months of assignment. */
	static final int REPLY_MONTHS = 3;

	/** With extensions, never later than 6 months after assignment. */
	static final int LATEST_REPLY_MONTHS = 6;

	/** Co-handlers send their view within 1 month. */
	static final int CO_VIEW_MONTHS = 1;

	/** Re-handling after a 不满意: within 2 months. */
	static final int REHANDLING_MONTHS = 2;

	/** Signing for an assignment: as long as a return may be asked for. */
	LocalDate signBy(LocalDate assignedOn) {
		return this.days.plus(assignedOn, RETURN_WORKING_DAYS);
	}

	LocalDate returnBy(LocalDate assignedOn) {
		return this.days.plus(assignedOn, RETURN_WORKING_DAYS);
	}

	LocalDate months(LocalDate from, int months) {
		return this.days.onOrAfter(from.plusMonths(months));
	}

	int workingDaysLate(LocalDate dueOn, LocalDate today) {
		return this.days.between(dueOn, today);
	}

}
