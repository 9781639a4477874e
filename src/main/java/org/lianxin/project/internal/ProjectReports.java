package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead agency's monthly report (月报) of a chosen project: the quantities measured by
 * the end of the month, the money, a note. One per month; a month not reported by its
 * last day is a clock on the supervision watch ({@link ProjectReportClocks}).
 */
@Service
public class ProjectReports {

	private final Projects projects;

	private final ProjectRepository repository;

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	ProjectReports(Projects projects, ProjectRepository repository, JdbcClient jdbc, WorkdayCalendar calendar) {
		this.projects = projects;
		this.repository = repository;
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** A month's report as the agency fills it in. */
	public record MonthlyReport(YearMonth month, List<BigDecimal> quantities, String reason, BigDecimal committed,
			BigDecimal spent, String note) {
	}

	/** A report as the project page lists it. */
	public record Filed(java.time.LocalDate month, String note) {
	}

	@Transactional
	public void submit(CurrentUser user, long projectId, MonthlyReport report) {
		Project project = this.projects.reportable(user, projectId);
		YearMonth now = YearMonth.from(this.calendar.today());
		if (report.month() == null || report.month().isAfter(now)
				|| report.month().isBefore(YearMonth.from(project.startsOn()))) {
			throw new RuleViolationException("month", "project.report.month.invalid");
		}
		if (report.note() != null && report.note().length() > 1000) {
			throw new RuleViolationException("note", "project.report.note.invalid");
		}
		int added = this.jdbc.sql("""
				insert into project_report (project_id, month, note, submitted_by) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(projectId, report.month().atDay(1), report.note(), user.id())
			.update();
		if (added == 0) {
			throw new RuleViolationException("month", "project.report.exists", report.month().toString());
		}
		project.measured(report.quantities(), report.reason(), this.calendar.today(), user.id());
		if (report.committed() != null || report.spent() != null) {
			project.money((report.committed() != null) ? report.committed() : project.committed(),
					(report.spent() != null) ? report.spent() : project.spent(), user.id());
		}
		this.repository.save(project);
	}

	public List<Filed> of(long projectId) {
		return this.jdbc.sql("select month, note from project_report where project_id = ? order by month desc")
			.param(projectId)
			.query(Filed.class)
			.list();
	}

}
