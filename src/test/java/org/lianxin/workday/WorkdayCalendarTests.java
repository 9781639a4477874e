package org.lianxin.workday;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.workday.internal.DayKind;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class WorkdayCalendarTests {

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void the_shipped_calendar_knows_the_2025_and_2026_arrangements() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("2025 春节调休 Sunday").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 国庆中秋 Wednesday").isFalse();
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).as("国庆 1–7 Oct")
			.isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(this.calendar.exceptionsOf(2026)).filteredOn(e -> e.kind() == DayKind.WORKDAY).hasSize(6);
	}

	@Test
	void an_administrator_adds_a_holiday_and_deadlines_follow_at_once() throws Exception {
		LocalDate monday = LocalDate.of(2027, 3, 1);
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2027, 2, 26), 1)).isEqualTo(monday);
		this.mvc
			.perform(post("/workday").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("day", "2027-03-01")
				.param("kind", "HOLIDAY")
				.param("name", "测试假日"))
			.andExpect(redirectedUrl("/workday?year=2027"));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2027, 2, 26), 1)).isEqualTo(LocalDate.of(2027, 3, 2));
		this.mvc.perform(post("/workday/2027-03-01/remove").with(Staff.as(this.accounts, "admin")).with(csrf()))
			.andExpect(redirectedUrl("/workday?year=2027"));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2027, 2, 26), 1)).isEqualTo(monday);
	}

	@Test
	void offices_read_the_calendar_but_only_administrators_change_it() throws Exception {
		this.mvc.perform(get("/workday").param("year", "2026").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("春节调休上班")))
			.andExpect(content().string(containsString("放假 33 天，调休上班 6 天")));
		this.mvc
			.perform(post("/workday").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("day", "2026-12-31")
				.param("kind", "HOLIDAY")
				.param("name", "越权"))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_bad_date_is_a_field_message_and_an_absurd_year_a_friendly_404() throws Exception {
		this.mvc
			.perform(post("/workday").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("day", "2026-02-30")
				.param("kind", "SOMETIMES")
				.param("name", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("alert-danger")));
		this.mvc.perform(get("/workday").param("year", "99999").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isNotFound());
	}

}
