package org.lianxin.station;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lianxin.station.ReceptionRule.HolidayRule;
import org.lianxin.station.ReceptionRule.Kind;
import org.lianxin.station.ReceptionRule.Months;
import org.lianxin.workday.internal.DayKind;
import org.lianxin.workday.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceptionRuleTests {

	/**
	 * 2026: Spring Festival 15–23 Feb off, Sat 14 and 28 Feb worked; National Day 1–7 Oct
	 * off.
	 */
	private final WorkingDays calendar = new WorkingDays(calendar2026());

	@Test
	void the_20th_of_every_month_moves_past_the_spring_festival_to_the_next_working_day() {
		var rule = new ReceptionRule(Kind.MONTHLY, 20, null, Months.ALL, HolidayRule.NEXT_WORKING_DAY);
		assertThat(rule.datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), this.calendar))
			// 20 Jan Tue; 20 Feb in the holiday → Tue 24 Feb; 20 Mar Fri
			.containsExactly(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 20));
	}

	@Test
	void a_skipping_venue_does_not_receive_on_a_holiday_or_weekend() {
		var rule = new ReceptionRule(Kind.MONTHLY, 20, null, Months.ALL, HolidayRule.SKIP);
		assertThat(rule.datesBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), this.calendar))
			// 20 Feb holiday, 20 Jun Saturday: both skipped
			.containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 20));
	}

	@Test
	void the_15th_of_odd_months_and_the_31st_in_short_months() {
		var odd = new ReceptionRule(Kind.MONTHLY, 15, null, Months.ODD, HolidayRule.NEXT_WORKING_DAY);
		assertThat(odd.datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), this.calendar))
			// 15 Mar is a Sunday → Mon 16 Mar; 15 Jan Thu; 15 May Fri
			.containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 5, 15));
		var last = new ReceptionRule(Kind.MONTHLY, 31, null, Months.ALL, HolidayRule.SKIP);
		assertThat(last.datesBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), this.calendar))
			.containsExactly(LocalDate.of(2026, 4, 30));
	}

	@Test
	void every_tuesday_through_national_day_and_a_make_up_saturday_is_not_a_tuesday() {
		var rule = new ReceptionRule(Kind.WEEKLY, null, 2, Months.ALL, HolidayRule.NEXT_WORKING_DAY);
		assertThat(rule.datesBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 14), this.calendar))
			// Tue 29 Sep; Tue 6 Oct in the holiday → Thu 8 Oct; Tue 13 Oct
			.containsExactly(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 13));
	}

	@Test
	void a_moved_day_from_the_previous_month_lands_in_range() {
		var rule = new ReceptionRule(Kind.MONTHLY, 31, null, Months.ALL, HolidayRule.NEXT_WORKING_DAY);
		// 31 Oct 2026 is a Saturday → Mon 2 Nov; November's "31st" is its last day, Mon
		// 30 Nov
		assertThat(rule.datesBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), this.calendar))
			.containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30));
	}

	@Test
	void a_rule_without_its_day_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReceptionRule(Kind.MONTHLY, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReceptionRule(Kind.WEEKLY, null, 9, null, null));
	}

	private static Map<LocalDate, DayKind> calendar2026() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
			days.put(d, DayKind.HOLIDAY);
		}
		for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
			days.put(d, DayKind.HOLIDAY);
		}
		days.put(LocalDate.of(2026, 2, 14), DayKind.WORKDAY);
		days.put(LocalDate.of(2026, 2, 28), DayKind.WORKDAY);
		days.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
		return days;
	}

}
