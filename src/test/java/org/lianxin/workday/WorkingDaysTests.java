package org.lianxin.workday;

import org.lianxin.workday.internal.DayKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDaysTests {

	/**
	 * The 2026 Spring Festival: 15–23 February off, Saturdays 14 and 28 February worked.
	 */
	private final WorkingDays springFestival2026 = new WorkingDays(springFestival());

	@Test
	void weekdays_work_and_weekends_rest_without_exceptions() {
		WorkingDays plain = new WorkingDays(Map.of());
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue(); // Friday
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
	}

	@Test
	void a_holiday_rests_on_a_weekday_and_a_make_up_day_works_on_a_weekend() {
		assertThat(this.springFestival2026.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Monday
		assertThat(this.springFestival2026.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday
	}

	@Test
	void three_working_days_before_the_spring_festival_run_past_it() {
		// Thursday 12 Feb: Fri 13 (1), Sat 14 make-up (2), holiday 15–23, Tue 24 (3)
		assertThat(this.springFestival2026.plus(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void fifteen_working_days_cross_a_month_end_and_a_make_up_saturday() {
		// from Mon 23 Feb (holiday): 24,25,26,27 (4), Sat 28 make-up (5), March 2–6 (10),
		// 9–13 (15)
		assertThat(this.springFestival2026.plus(LocalDate.of(2026, 2, 23), 15)).isEqualTo(LocalDate.of(2026, 3, 13));
	}

	@Test
	void zero_working_days_is_the_same_day_and_a_negative_count_is_refused() {
		assertThat(this.springFestival2026.plus(LocalDate.of(2026, 2, 16), 0)).isEqualTo(LocalDate.of(2026, 2, 16));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.springFestival2026.plus(LocalDate.of(2026, 2, 16), -1));
	}

	@Test
	void the_next_working_day_after_a_holiday_start() {
		assertThat(this.springFestival2026.onOrAfter(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(this.springFestival2026.onOrAfter(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 14));
	}

	@Test
	void working_days_between_two_dates_count_the_end_but_not_the_start() {
		assertThat(this.springFestival2026.between(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 24))).isEqualTo(3);
		assertThat(this.springFestival2026.between(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 12))).isZero();
	}

	private static Map<LocalDate, DayKind> springFestival() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day
			.plusDays(1)) {
			days.put(day, DayKind.HOLIDAY);
		}
		days.put(LocalDate.of(2026, 2, 14), DayKind.WORKDAY);
		days.put(LocalDate.of(2026, 2, 28), DayKind.WORKDAY);
		return days;
	}

}
