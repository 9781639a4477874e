package org.lianxin.workday;

import org.lianxin.workday.internal.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic over a fixed set of exceptions: Monday to Friday work, Saturday
 * and Sunday rest, unless an exception says otherwise. Immutable, so it can be shared
 * freely.
 */
public final class WorkingDays {

	/** Far enough for any deadline; guards against a calendar made of holidays only. */
	private static final int MAX_DAYS_SEARCHED = 3660;

	private final Map<LocalDate, DayKind> exceptions;

	public WorkingDays(Map<LocalDate, DayKind> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayKind exception = this.exceptions.get(day);
		if (exception != null) {
			return exception == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The day itself if people work on it, otherwise the next day they do. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate candidate = day;
		for (int i = 0; i < MAX_DAYS_SEARCHED; i++, candidate = candidate.plusDays(1)) {
			if (isWorkingDay(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No working day within ten years of " + day);
	}

	/**
	 * The day {@code workingDays} working days after {@code start}, not counting
	 * {@code start} itself: what "within 3 working days of receipt" means as a due date.
	 */
	public LocalDate plus(LocalDate start, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		LocalDate day = start;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Working days after {@code from} up to and including {@code to} (0 when {@code to}
	 * is not later).
	 */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
