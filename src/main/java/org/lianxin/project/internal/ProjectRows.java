package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of a list of projects, read for the whole list at once: the projects with
 * their category and lead agency, then all their targets, milestones and parts in one
 * query each. Loading each project as an aggregate (its targets and milestones), then its
 * category, agency and parts, cost several queries per row: a list of 500 projects took
 * about a second (issue 14, bench/scenarios/projects.sh at 1m). Progress and status are
 * derived by the same rules as the aggregate's ({@link Project#progressOf},
 * {@link ProjectParts#weighted}, {@link ProjectStatus#derive}).
 */
@Component
class ProjectRows {

	private final JdbcClient jdbc;

	ProjectRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Head(long id, String regionCode, int year, String title, String category, String state,
			Integer votes, BigDecimal budget, LocalDate startsOn, LocalDate dueOn, LocalDate progressedOn,
			String leadAgency) {
	}

	private record Part(long parentId, long partId, String title, BigDecimal weight) {
	}

	/** The rows of the given projects, in the order given. */
	List<Projects.Row> of(List<Long> ids, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Head> heads = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.region_code, p.year, p.title, c.name as category, p.state, p.votes, p.budget,
				       p.starts_on, p.due_on, p.progressed_on, a.name as lead_agency
				from project p join project_category c on c.id = p.category_id
				left join agency_view a on a.id = p.lead_agency_id
				where p.id in (:ids)""").param("ids", ids).query(Head.class).list().forEach(h -> heads.put(h.id(), h));
		Map<Long, List<ProjectParts.PartView>> parts = partsOf(ids);
		Map<Long, List<ProjectTarget>> targets = targets(ids);
		Map<Long, List<ProjectMilestone>> milestones = milestones(ids);
		List<Projects.Row> rows = new ArrayList<>();
		for (long id : ids) {
			Head h = heads.get(id);
			if (h == null) {
				continue;
			}
			List<ProjectParts.PartView> of = parts.getOrDefault(id, List.of());
			BigDecimal progress = of.isEmpty() ? Project.progressOf(targets.getOrDefault(id, List.of()))
					: ProjectParts.weighted(of);
			ProjectStatus status = ProjectState.CHOSEN.name().equals(h.state()) ? ProjectStatus.derive(h.startsOn(),
					h.dueOn(), h.progressedOn(), progress, milestones.getOrDefault(id, List.of()), today) : null;
			rows.add(new Projects.Row(id, h.regionCode(), h.year(), h.title(), h.category(), h.state(), h.votes(),
					h.budget(), progress, status, h.leadAgency()));
		}
		return rows;
	}

	/**
	 * The parts of the given parents, heaviest first, each with its progress from its
	 * measured targets: two queries for any number of parents.
	 */
	Map<Long, List<ProjectParts.PartView>> partsOf(Collection<Long> parentIds) {
		if (parentIds.isEmpty()) {
			return Map.of();
		}
		List<Part> parts = this.jdbc
			.sql("""
					select pp.parent_id, pp.part_id, p.title, pp.weight from project_part pp join project p on p.id = pp.part_id
					where pp.parent_id in (:ids) order by pp.weight desc, pp.part_id""")
			.param("ids", parentIds)
			.query(Part.class)
			.list();
		Map<Long, List<ProjectTarget>> targets = parts.isEmpty() ? Map.of()
				: targets(parts.stream().map(Part::partId).toList());
		Map<Long, List<ProjectParts.PartView>> views = new HashMap<>();
		parts.forEach(p -> views.computeIfAbsent(p.parentId(), k -> new ArrayList<>())
			.add(new ProjectParts.PartView(p.partId(), p.title(), p.weight(),
					Project.progressOf(targets.getOrDefault(p.partId(), List.of())))));
		return views;
	}

	private Map<Long, List<ProjectTarget>> targets(Collection<Long> ids) {
		Map<Long, List<ProjectTarget>> targets = new HashMap<>();
		this.jdbc.sql("""
				select project_id, name, unit, planned, done from project_target where project_id in (:ids)
				order by project_id, position""")
			.param("ids", ids)
			.query((rs, n) -> targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ProjectTarget(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5))))
			.list();
		return targets;
	}

	/** The milestones of the given projects, in their order, by project. */
	Map<Long, List<ProjectMilestone>> milestones(Collection<Long> ids) {
		Map<Long, List<ProjectMilestone>> milestones = new HashMap<>();
		this.jdbc
			.sql("""
					select project_id, name, planned_on, done_on, photo_key from project_milestone where project_id in (:ids)
					order by project_id, position""")
			.param("ids", ids)
			.query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new ProjectMilestone(rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class), rs.getString(5))))
			.list();
		return milestones;
	}

}
