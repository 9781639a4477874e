package org.lianxin.station;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.lianxin.workday.WorkingDays;

/**
 * When a venue receives the public: the 20th of every month, every Tuesday, the 15th of
 * odd months… and what happens when that day is a holiday or weekend: skipped, or moved
 * to the next working day of the calendar.
 *
 * @param dayOfMonth for monthly rules; a day the month lacks (the 31st in April) means
 * its last day
 * @param dayOfWeek for weekly rules, 1 = Monday … 7 = Sunday
 */
public record ReceptionRule(Kind kind, Integer dayOfMonth, Integer dayOfWeek, Months months, HolidayRule holidayRule) {

	public enum Kind {

		MONTHLY, WEEKLY

	}

	public enum Months {

		ALL, ODD, EVEN;

		boolean includes(int month) {
			return this == ALL || (this == ODD) == (month % 2 == 1);
		}

	}

	public enum HolidayRule {

		SKIP, NEXT_WORKING_DAY

	}

	public ReceptionRule {
		if (kind == Kind.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
			throw new IllegalArgumentException("a monthly rule needs a day of the month");
		}
		if (kind == Kind.WEEKLY && (dayOfWeek == null || dayOfWeek < 1 || dayOfWeek > 7)) {
			throw new IllegalArgumentException("a weekly rule needs a day of the week");
		}
		months = (months != null) ? months : Months.ALL;
		holidayRule = (holidayRule != null) ? holidayRule : HolidayRule.NEXT_WORKING_DAY;
	}

	/** The reception days from {@code from} to {@code to}, both included, in order. */
	public List<LocalDate> datesBetween(LocalDate from, LocalDate to, WorkingDays calendar) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		// start a month early: a day moved past a holiday can land inside the range
		for (LocalDate scheduled : scheduled(from.minusMonths(1).withDayOfMonth(1), to)) {
			LocalDate actual = calendar.isWorkingDay(scheduled) ? scheduled
					: (this.holidayRule == HolidayRule.SKIP) ? null : calendar.onOrAfter(scheduled);
			if (actual != null && !actual.isBefore(from) && !actual.isAfter(to)) {
				dates.add(actual);
			}
		}
		return new ArrayList<>(dates);
	}

	private List<LocalDate> scheduled(LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		if (this.kind == Kind.MONTHLY) {
			for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
				if (this.months.includes(month.getMonthValue())) {
					days.add(month.atDay(Math.min(this.dayOfMonth, month.lengthOfMonth())));
				}
			}
		}
		else {
			DayOfWeek weekday = DayOfWeek.of(this.dayOfWeek);
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (day.getDayOfWeek() == weekday && this.months.includes(day.getMonthValue())) {
					days.add(day);
				}
			}
		}
		return days;
	}

}
