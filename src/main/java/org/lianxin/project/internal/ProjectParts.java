package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent project's parts and their published weights: the parent's progress is the
 * weighted sum of its parts' progress, so a parent is never measured on its own.
 */
@Service
public class ProjectParts {

	/** A percentage as people write it: at most 100, at most two decimals. */
	private static boolean isPercent(BigDecimal weight) {
		return weight == null || (weight.scale() <= 2 && weight.abs().compareTo(HUNDRED) <= 0);
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ProjectRepository repository;

	private final JdbcClient jdbc;

	private final PublicProjectPages pages;

	private final ProjectRows rows;

	ProjectParts(ProjectRepository repository, JdbcClient jdbc, PublicProjectPages pages, ProjectRows rows) {
		this.rows = rows;
		this.repository = repository;
		this.jdbc = jdbc;
		this.pages = pages;
	}

	/** A part as its parent shows it. */
	public record PartView(long id, String title, BigDecimal weight, BigDecimal progress) {
	}

	/** A part to set: the project and its weight in percent. */
	public record Part(Long partId, BigDecimal weight) {
	}

	/**
	 * Sets the parent's parts (replacing those it had); every broken rule named at once,
	 * nothing written: parts of the same congress and year, none the parent itself or a
	 * parent, none part of another parent, weights above 0 summing to 100.
	 * @param parts the parts, each already looked up within the user's scope
	 */
	@Transactional
	public void set(Project parent, List<Project> parts, List<BigDecimal> weights) {
		// a weight like 1e-999999999 would make the sum below take minutes and gigabytes
		if (!weights.stream().allMatch(ProjectParts::isPercent)) {
			throw new RuleViolationException("weights", "project.parts.weight-form");
		}
		RuleViolations broken = new RuleViolations();
		broken.check(() -> require(
				!parts.isEmpty() && parts.size() == weights.size()
						&& new HashSet<>(parts.stream().map(Project::id).toList()).size() == parts.size(),
				"parts", "project.parts.invalid"));
		broken.check(() -> require(parts.stream()
			.allMatch(p -> !p.id().equals(parent.id()) && p.congressId() == parent.congressId()
					&& p.year() == parent.year()),
				"parts", "project.parts.other-year"));
		broken.check(() -> require(!isPart(parent.id()) && parts.stream().noneMatch(p -> isParent(p.id())), "parts",
				"project.parts.nested"));
		broken.check(() -> require(parts.stream().noneMatch(p -> belongsElsewhere(p.id(), parent.id())), "parts",
				"project.parts.taken"));
		BigDecimal sum = weights.stream()
			.map(w -> (w != null) ? w : BigDecimal.ZERO)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		broken.check(() -> require(
				weights.stream().allMatch(w -> w != null && w.signum() > 0) && sum.compareTo(HUNDRED) == 0, "weights",
				"project.parts.weights", sum.stripTrailingZeros().toPlainString()));
		broken.throwIfAny();
		this.jdbc.sql("delete from project_part where parent_id = ?").param(parent.id()).update();
		for (int i = 0; i < parts.size(); i++) {
			this.jdbc.sql("insert into project_part (parent_id, part_id, weight) values (?, ?, ?)")
				.params(parent.id(), parts.get(i).id(), weights.get(i))
				.update();
		}
		this.pages.changed(List.of(parent.id()));
	}

	/** The parent's parts with their weights and progress, heaviest first. */
	public List<PartView> parts(long parentId) {
		record Weighted(long partId, BigDecimal weight) {
		}
		return this.jdbc
			.sql("select part_id, weight from project_part where parent_id = ? order by weight desc, part_id")
			.param(parentId)
			.query(Weighted.class)
			.list()
			.stream()
			.flatMap(w -> this.repository.findById(w.partId())
				.map(p -> new PartView(p.id(), p.title(), w.weight(), p.progress()))
				.stream())
			.toList();
	}

	/** The parts of each of these projects that has parts, read for all at once. */
	public Map<Long, List<PartView>> partsOf(Collection<Long> parentIds) {
		return this.rows.partsOf(parentIds);
	}

	/** The other projects of the same congress and year, which could be its parts. */
	public List<Project> siblings(Project parent) {
		return this.repository.findByCongressIdAndYearOrderByProposedOrder(parent.congressId(), parent.year())
			.stream()
			.filter(p -> !p.id().equals(parent.id()))
			.toList();
	}

	/** The progress a project shows: its parts' weighted progress if it has parts. */
	public BigDecimal progress(Project project) {
		return derived(project.id()).orElseGet(project::progress);
	}

	/** A parent's progress from its parts, or none for a project without parts. */
	public Optional<BigDecimal> derived(long projectId) {
		List<PartView> parts = parts(projectId);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(weighted(parts));
	}

	/** The parts' progress, each by its weight in percent. */
	static BigDecimal weighted(List<PartView> parts) {
		return parts.stream()
			.map(p -> p.weight().multiply(p.progress()))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(HUNDRED, 1, RoundingMode.HALF_UP);
	}

	private boolean isParent(long id) {
		return count("select count(*) from project_part where parent_id = ?", id) > 0;
	}

	private boolean isPart(long id) {
		return count("select count(*) from project_part where part_id = ?", id) > 0;
	}

	private boolean belongsElsewhere(long partId, long parentId) {
		return this.jdbc.sql("select count(*) from project_part where part_id = ? and parent_id <> ?")
			.params(partId, parentId)
			.query(Long.class)
			.single() > 0;
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private static void require(boolean condition, String field, String key, Object... arguments) {
		if (!condition) {
			throw new RuleViolationException(field, key, arguments);
		}
	}

}
