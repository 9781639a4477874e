package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.lianxin.opinion.Deadlines;
import org.lianxin.opinion.Stage;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clocks administrators set per stage (opinion_deadline): a category's own rule wins
 * over the default, and urgent cases have theirs; counted on the working-day calendar.
 */
@Component
public class DeadlineRules {

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	DeadlineRules(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The clocks of a case of this category and urgency. */
	public Deadlines forCase(long categoryId, boolean urgent) {
		Map<Stage, Integer> days = new EnumMap<>(Stage.class);
		// defaults first, then the category's own rules over them
		this.jdbc.sql("""
				select stage, working_days from opinion_deadline
				where urgent = ? and (category_id is null or category_id = ?)
				order by category_id nulls first""")
			.params(urgent, categoryId)
			.query((rs, n) -> days.put(Stage.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		WorkingDays workingDays = this.calendar.workingDays();
		return new Deadlines() {
			@Override
			public LocalDate due(Stage stage, LocalDate start) {
				Integer stageDays = days.get(stage);
				if (stageDays == null) {
					throw new IllegalStateException("No deadline rule for stage " + stage);
				}
				return workingDays.plus(start, stageDays);
			}

			@Override
			public LocalDate plusWorkingDays(LocalDate start, int count) {
				return workingDays.plus(start, count);
			}
		};
	}

}
