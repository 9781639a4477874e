package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision groups of deputies per project: the office assigns them; a deputy sees the
 * projects of their groups ("my projects") even without the office's view of projects.
 */
@Service
public class SupervisionGroups {

	private final SupervisionGroupRepository groups;

	private final ProjectRepository repository;

	private final Projects projects;

	private final DeputyAccounts deputyAccounts;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	SupervisionGroups(SupervisionGroupRepository groups, ProjectRepository repository, Projects projects,
			DeputyAccounts deputyAccounts, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.groups = groups;
		this.repository = repository;
		this.projects = projects;
		this.deputyAccounts = deputyAccounts;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** A deputy of a group, or one who may be assigned. */
	public record Member(long deputyId, String name, LocalDate joinedOn) {
	}

	/** A project of the deputy's groups, as "my projects" lists it. */
	public record MyProject(long id, int year, String title, BigDecimal progress, ProjectStatus status) {
	}

	/**
	 * The office makes the group exactly these deputies, each serving in the congress.
	 */
	@Transactional
	public void assign(CurrentUser user, long projectId, List<Long> deputyIds) {
		if (!user.can(ProjectPermissions.EDIT)) {
			throw new RuleViolationException(null, "project.group.not-office");
		}
		Project project = this.projects.get(user, projectId);
		List<Long> wanted = (deputyIds != null) ? deputyIds.stream().distinct().toList() : List.of();
		if (!wanted.isEmpty() && this.jdbc.sql("""
				select count(distinct deputy_id) from deputy_seat_view
				where congress_id = :congress and ended_on is null and deputy_id in (:ids)""")
			.param("congress", project.congressId())
			.param("ids", wanted)
			.query(Long.class)
			.single() != wanted.size()) {
			throw new RuleViolationException("deputyIds", "project.group.not-serving");
		}
		SupervisionGroup group = this.groups.findById(projectId).orElseGet(() -> SupervisionGroup.of(project));
		this.groups.save(group.assign(wanted, project.title(), this.calendar.today(), user.id()));
	}

	public List<Member> members(long projectId) {
		return this.jdbc.sql("""
				select m.deputy_id, d.name, m.joined_on from project_group_member m
				join deputy_view d on d.id = m.deputy_id where m.project_id = ? order by m.joined_on, d.name""")
			.param(projectId)
			.query(Member.class)
			.list();
	}

	/** The deputies serving in the project's congress, whom the office may assign. */
	public List<Member> candidates(Project project) {
		return this.jdbc.sql("""
				select distinct s.deputy_id, d.name, cast(null as date) as joined_on
				from deputy_seat_view s join deputy_view d on d.id = s.deputy_id
				where s.congress_id = ? and s.ended_on is null order by d.name limit 500""")
			.param(project.congressId())
			.query(Member.class)
			.list();
	}

	/** The deputy the signed-in account belongs to, if any. */
	public Optional<Long> deputyOf(CurrentUser user) {
		return this.deputyAccounts.deputyOf(user.id());
	}

	public boolean inGroup(CurrentUser user, long projectId) {
		return deputyOf(user).flatMap(deputy -> this.groups.findById(projectId).filter(g -> g.has(deputy))).isPresent();
	}

	/**
	 * The project, for one who sees it as staff or follows it in a supervision group.
	 */
	public Project visible(CurrentUser user, long projectId) {
		return this.projects.find(user, projectId)
			.or(() -> inGroup(user, projectId) ? this.repository.findById(projectId) : Optional.empty())
			.orElseThrow(() -> new NotFoundException("project " + projectId));
	}

	/** The projects of the signed-in deputy's groups, the newest year first. */
	public List<MyProject> mine(CurrentUser user) {
		Optional<Long> deputy = deputyOf(user);
		if (deputy.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.sql("select project_id from project_group_member where deputy_id = ?")
			.param(deputy.get())
			.query(Long.class)
			.list();
		LocalDate today = this.calendar.today();
		return this.repository.findAllById(ids)
			.stream()
			.sorted(java.util.Comparator.comparing(Project::year).reversed().thenComparing(Project::id))
			.map(p -> new MyProject(p.id(), p.year(), p.title(), p.progress(), p.status(today)))
			.toList();
	}

}
