package org.lianxin.duty.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lianxin.duty.internal.DutyRecordView;
import org.lianxin.duty.internal.RecordState;
import org.lianxin.station.Rota;

/**
 * A month of a deputy's duties as a phone shows it: whole weeks, Monday first, each day
 * with the records that fall on it and the venues where the deputy is on the rota.
 */
public record MonthGrid(YearMonth month, List<List<Day>> weeks) {

	/** Months a person might mean; outside them the parameter is a typo. */
	private static final String MONTH = "(19|20|21)\\d{2}-(0[1-9]|1[0-2])";

	/**
	 * One day of the grid.
	 *
	 * @param inMonth false for the days of the neighbouring months that fill the first
	 * and last week
	 * @param dutyVenues the venues where the deputy receives the public that day
	 */
	public record Day(LocalDate date, boolean inMonth, boolean today, List<DutyRecordView> records,
			List<String> dutyVenues) {

		/**
		 * The colour of the day's count: a returned record needs the deputy first, then
		 * one waiting for the office; all verified is green.
		 */
		public String tone() {
			if (has(RecordState.RETURNED)) {
				return "danger";
			}
			return has(RecordState.SUBMITTED) ? "secondary" : "success";
		}

		/** The month to show when this day is tapped: its own. */
		public YearMonth month() {
			return YearMonth.from(this.date);
		}

		private boolean has(RecordState state) {
			return this.records.stream().anyMatch(record -> record.state() == state);
		}

	}

	/** The Monday the grid starts on. */
	static LocalDate firstShown(YearMonth month) {
		return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The Sunday the grid ends on. */
	static LocalDate lastShown(YearMonth month) {
		return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	/**
	 * The month's grid with the records and rota duties given; those outside the grid are
	 * left out.
	 */
	static MonthGrid of(YearMonth month, LocalDate today, List<DutyRecordView> records, List<Rota.DeputyDuty> duties) {
		Map<LocalDate, List<DutyRecordView>> recordsByDay = records.stream()
			.collect(Collectors.groupingBy(DutyRecordView::occurredOn));
		Map<LocalDate, List<String>> venuesByDay = duties.stream()
			.collect(Collectors.groupingBy(Rota.DeputyDuty::day,
					Collectors.mapping(Rota.DeputyDuty::venueName, Collectors.toList())));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate monday = firstShown(month); !monday.isAfter(lastShown(month)); monday = monday.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (LocalDate date = monday; date.isBefore(monday.plusWeeks(1)); date = date.plusDays(1)) {
				week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
						recordsByDay.getOrDefault(date, List.of()), venuesByDay.getOrDefault(date, List.of())));
			}
			weeks.add(week);
		}
		return new MonthGrid(month, weeks);
	}

	/** The day, if the grid shows it. */
	Optional<Day> day(LocalDate date) {
		return this.weeks.stream().flatMap(List::stream).filter(day -> day.date().equals(date)).findFirst();
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}

	/** The column headings, Monday first, in the reader's language (周一 … 周日). */
	static List<String> weekdays(Locale locale) {
		return Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList();
	}

	/** A month written as in the page's links ({@code 2026-11}), if it is one. */
	static Optional<YearMonth> parseMonth(String text) {
		return (text != null && text.strip().matches(MONTH)) ? Optional.of(YearMonth.parse(text.strip()))
				: Optional.empty();
	}

	/** A day written as in the page's links ({@code 2026-11-03}), if it is one. */
	static Optional<LocalDate> parseDay(String text) {
		if (text == null || !text.strip().matches(MONTH + "-\\d{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
