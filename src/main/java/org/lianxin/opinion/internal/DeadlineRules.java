package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lianxin.opinion.internal.Deadlines;
import org.lianxin.opinion.internal.Stage;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.WorkingDays;

import com.github.benmanes.caffeine.cache.Cache;

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

	private final Caches caches;

	/** The working days per stage, by category and urgency. */
	private final Cache<List<Object>, Map<Stage, Integer>> stageDays;

	DeadlineRules(JdbcClient jdbc, WorkdayCalendar calendar, Caches caches) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.caches = caches;
		this.stageDays = caches.of(SharedCache.OPINION_DEADLINES);
	}

	/** A rule as the settings page lists it; no category means the default. */
	public record Rule(long id, Long categoryId, String categoryName, boolean urgent, Stage stage, int workingDays) {
	}

	/** Every rule: the defaults first, then each category's own. */
	public List<Rule> all() {
		return this.jdbc.sql("""
				select d.id, d.category_id, c.name as category_name, d.urgent, d.stage, d.working_days
				from opinion_deadline d left join opinion_category c on c.id = d.category_id
				order by d.category_id nulls first, c.sort_order, d.urgent, d.stage""").query(Rule.class).list();
	}

	/** Sets how many working days a stage takes, by default or for one category. */
	public void save(Long categoryId, boolean urgent, Stage stage, int workingDays) {
		if (workingDays < 1 || workingDays > 250) {
			throw new RuleViolationException("workingDays", "deadline.days.invalid");
		}
		int updated = this.jdbc.sql("""
				update opinion_deadline set working_days = ?
				where category_id is not distinct from ? and urgent = ? and stage = ?""")
			.params(workingDays, categoryId, urgent, stage.name())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into opinion_deadline (category_id, urgent, stage, working_days) values (?, ?, ?, ?)")
				.params(categoryId, urgent, stage.name(), workingDays)
				.update();
		}
		this.caches.changed(SharedCache.OPINION_DEADLINES);
	}

	/** Removes a category's own rule, so the default applies again; defaults stay. */
	public boolean removeOverride(long id) {
		boolean removed = this.jdbc.sql("delete from opinion_deadline where id = ? and category_id is not null")
			.param(id)
			.update() == 1;
		this.caches.changed(SharedCache.OPINION_DEADLINES);
		return removed;
	}

	/** The clocks of a case of this category and urgency. */
	public Deadlines forCase(long categoryId, boolean urgent) {
		Map<Stage, Integer> days = this.stageDays.get(List.of(categoryId, urgent),
				key -> stageDays(categoryId, urgent));
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

	/**
	 * The rules of a category and urgency: the defaults, then the category's own over
	 * them.
	 */
	private Map<Stage, Integer> stageDays(long categoryId, boolean urgent) {
		Map<Stage, Integer> days = new EnumMap<>(Stage.class);
		this.jdbc.sql("""
				select stage, working_days from opinion_deadline
				where urgent = ? and (category_id is null or category_id = ?)
				order by category_id nulls first""")
			.params(urgent, categoryId)
			.query((rs, n) -> days.put(Stage.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return Map.copyOf(days);
	}

}
