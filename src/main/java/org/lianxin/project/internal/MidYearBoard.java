package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The projects at the mid-year progress meeting (年中推进会): each chosen project's progress
 * next to the progress its time elapsed calls for (the variance, in points), its late
 * milestones and its open 督办; the agenda takes those behind or under 督办.
 */
@Service
public class MidYearBoard {

	private final Projects projects;

	private final ProjectRows rows;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	MidYearBoard(Projects projects, ProjectRows rows, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.projects = projects;
		this.rows = rows;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/**
	 * A project's line.
	 *
	 * @param planned the share of its period elapsed, in percent: the progress expected
	 * today
	 * @param variance progress minus planned, in points (negative when behind)
	 */
	public record Line(long id, String title, String category, String leadAgency, BigDecimal progress,
			BigDecimal planned, BigDecimal variance, ProjectStatus status, long lateMilestones, long openDubans,
			LocalDate nextDubanDue) {

		public boolean onAgenda() {
			return this.variance.signum() < 0 || this.openDubans > 0 || this.status == ProjectStatus.LAGGING
					|| this.status == ProjectStatus.STALLED;
		}

	}

	public List<Line> lines(CurrentUser user, String region, Integer year) {
		LocalDate today = this.calendar.today();
		Map<Long, Projects.Row> rows = this.projects.list(user, region, year)
			.stream()
			.filter(r -> r.state().equals(ProjectState.CHOSEN.name()))
			.collect(Collectors.toMap(Projects.Row::id, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
		if (rows.isEmpty()) {
			return List.of();
		}
		// read for all lines at once: loading each project and asking for its 督办 one by
		// one cost two queries and more per line (bench/scenarios/projects.sh)
		List<Long> ids = List.copyOf(rows.keySet());
		Map<Long, List<ProjectMilestone>> milestones = this.rows.milestones(ids);
		Map<Long, Period> periods = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					select p.id, p.starts_on, p.due_on,
					       (select count(*) from project_duban d where d.project_id = p.id and d.state = 'ISSUED') as open_dubans,
					       (select min(d.due_on) from project_duban d where d.project_id = p.id and d.state = 'ISSUED')
					         as next_duban_due
					from project p where p.id in (:ids)""")
			.param("ids", ids)
			.query(Period.class)
			.list()
			.forEach(p -> periods.put(p.id(), p));
		return rows.values()
			.stream()
			.map(r -> line(r, periods.get(r.id()), milestones.getOrDefault(r.id(), List.of()), today))
			.toList();
	}

	private record Period(long id, LocalDate startsOn, LocalDate dueOn, long openDubans, LocalDate nextDubanDue) {
	}

	private Line line(Projects.Row row, Period period, List<ProjectMilestone> milestones, LocalDate today) {
		BigDecimal planned = plannedOn(period.startsOn(), period.dueOn(), today);
		long late = milestones.stream().filter(m -> m.overdueOn(today)).count();
		return new Line(row.id(), row.title(), row.category(), row.leadAgency(), row.progress(), planned,
				row.progress().subtract(planned), row.status(), late, period.openDubans(), period.nextDubanDue());
	}

	static BigDecimal plannedOn(LocalDate startsOn, LocalDate dueOn, LocalDate today) {
		long span = ChronoUnit.DAYS.between(startsOn, dueOn);
		long gone = ChronoUnit.DAYS.between(startsOn, today);
		long clamped = Math.max(0, Math.min(span, gone));
		return BigDecimal.valueOf(clamped * 100).divide(BigDecimal.valueOf(span), 1, RoundingMode.HALF_UP);
	}

}
