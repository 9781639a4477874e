package org.lianxin.project.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 跟踪督办 of projects: the office issues one with a deadline to the lead agency (or another
 * it names); that agency answers.
 */
@Service
public class ProjectDubans {

	/** Whom a 督办 may go to: the agencies of the project's region and above. */
	private static final String OFFERED = """
			(select path from region_view where code = :region) like
			(select path from region_view where code = a.region_code) || '%'""";

	private final ProjectDubanRepository dubans;

	private final ProjectRepository projects;

	private final SupervisionGroups groups;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	ProjectDubans(ProjectDubanRepository dubans, ProjectRepository projects, SupervisionGroups groups,
			WorkdayCalendar calendar, JdbcClient jdbc) {
		this.dubans = dubans;
		this.projects = projects;
		this.groups = groups;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** A 督办 as a page lists it, with its agency's name. */
	public record DubanLine(ProjectDuban duban, String agency) {
	}

	@Transactional
	public long issue(CurrentUser user, long projectId, Long agencyId, String demand, LocalDate dueOn) {
		return issue(user, projectId, agencyId, demand, dueOn, this.calendar.today());
	}

	/**
	 * A 督办 as issued on a day: today on the pages, a past day for the demo's earlier
	 * years (whose unanswered ones the watch then finds overdue).
	 */
	long issue(CurrentUser user, long projectId, Long agencyId, String demand, LocalDate dueOn, LocalDate on) {
		if (!user.can(ProjectPermissions.EDIT)) {
			throw new RuleViolationException(null, "project.duban.not-office");
		}
		Project project = this.groups.visible(user, projectId);
		Long agency = (agencyId != null) ? agencyId : project.leadAgencyId();
		// the page offers the agencies of the project's region and above; the API may not
		// send a 督办 (and with it the project's supervision page) anywhere else
		if (agency != null && this.jdbc.sql("select count(*) from agency_view a where a.id = :agency and " + OFFERED)
			.param("agency", agency)
			.param("region", project.regionCode())
			.query(Long.class)
			.single() == 0) {
			throw new RuleViolationException("agencyId", "project.duban.agency.missing");
		}
		return this.dubans.save(ProjectDuban.issue(project, agency, demand, dueOn, on, user.id())).id();
	}

	/** The answer of the agency the 督办 went to, and of no one else. */
	@Transactional
	public void answer(CurrentUser user, long dubanId, String text) {
		answer(user, dubanId, text, this.calendar.today());
	}

	/** The answer as given on a day (a past one for the demo's earlier years). */
	void answer(CurrentUser user, long dubanId, String text, LocalDate on) {
		ProjectDuban duban = this.dubans.findById(dubanId).orElseThrow(() -> new NotFoundException("duban " + dubanId));
		if (!user.can(ProjectPermissions.REPORT) || !Objects.equals(user.scope().agencyId(), duban.agencyId())) {
			throw new NotFoundException("duban " + dubanId);
		}
		this.dubans.save(duban.answer(text, on, user.id()));
	}

	/**
	 * The project, for staff who see it, its group's deputies, and an agency it holds a
	 * 督办 for.
	 */
	public Project visible(CurrentUser user, long projectId) {
		try {
			return this.groups.visible(user, projectId);
		}
		catch (NotFoundException ex) {
			Long agency = user.scope().agencyId();
			if (agency != null && this.dubans.findByProjectIdOrderByIdDesc(projectId)
				.stream()
				.anyMatch(d -> d.agencyId() == agency)) {
				return this.projects.findById(projectId).orElseThrow(() -> ex);
			}
			throw ex;
		}
	}

	/**
	 * The project's 督办, newest first, with their agencies' names read in one query for
	 * them all (asking for each agency's name in turn cost a query per 督办).
	 */
	public List<DubanLine> of(long projectId) {
		List<ProjectDuban> issued = this.dubans.findByProjectIdOrderByIdDesc(projectId);
		if (issued.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from agency_view where id in (:ids)")
			.param("ids", issued.stream().map(ProjectDuban::agencyId).distinct().toList())
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return issued.stream().map(d -> new DubanLine(d, names.get(d.agencyId()))).toList();
	}

	/** The agencies a 督办 may go to: those of the project's region and above. */
	public List<Agency> agencies(Project project) {
		return this.jdbc.sql("select a.id, a.name from agency_view a where " + OFFERED + " order by a.name limit 300")
			.param("region", project.regionCode())
			.query(Agency.class)
			.list();
	}

	/** An agency a 督办 may go to. */
	public record Agency(long id, String name) {
	}

}
