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

	private final ProjectRepository repository;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	MidYearBoard(Projects projects, ProjectRepository repository, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.projects = projects;
		this.repository = repository;
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
		Map<Long, Project> loaded = this.repository.findAllById(rows.keySet())
			.stream()
			.collect(Collectors.toMap(Project::id, p -> p));
		return rows.values().stream().map(r -> line(r, loaded.get(r.id()), today)).toList();
	}

	private Line line(Projects.Row row, Project project, LocalDate today) {
		BigDecimal planned = plannedOn(project, today);
		long late = project.milestones().stream().filter(m -> m.overdueOn(today)).count();
		var dubans = this.jdbc
			.sql("select count(*), min(due_on) from project_duban where project_id = ? and state = 'ISSUED'")
			.param(project.id())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class) })
			.single();
		return new Line(row.id(), row.title(), row.category(), row.leadAgency(), row.progress(), planned,
				row.progress().subtract(planned), row.status(), late, (Long) dubans[0], (LocalDate) dubans[1]);
	}

	static BigDecimal plannedOn(Project project, LocalDate today) {
		long span = ChronoUnit.DAYS.between(project.startsOn(), project.dueOn());
		long gone = ChronoUnit.DAYS.between(project.startsOn(), today);
		long clamped = Math.max(0, Math.min(span, gone));
		return BigDecimal.valueOf(clamped * 100).divide(BigDecimal.valueOf(span), 1, RoundingMode.HALF_UP);
	}

}
