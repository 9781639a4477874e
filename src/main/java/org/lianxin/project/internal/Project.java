package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.project.NewProject;
import org.lianxin.platform.web.Backlinks;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A livelihood project (民生实事项目): a candidate until the vote is counted, then one of the
 * year's projects (or not); a chosen project moves by its measured quantities, its
 * milestones and its money, each step a history row.
 */
@Table("project")
public class Project extends AbstractAggregateRoot<Project> {

	@Id
	private Long id;

	private String regionCode;

	private long congressId;

	private int year;

	private String title;

	private long categoryId;

	private Long leadAgencyId;

	private BigDecimal budget;

	private String location;

	private int proposedOrder;

	private ProjectState state;

	private Integer votes;

	private LocalDate startsOn;

	private LocalDate dueOn;

	private BigDecimal committed = BigDecimal.ZERO;

	private BigDecimal spent = BigDecimal.ZERO;

	private LocalDate progressedOn;

	private int reportLevel;

	private String reportStage;

	private long createdBy;

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<ProjectTarget> targets = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<ProjectMilestone> milestones = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<ProjectSource> sources = new ArrayList<>();

	@Version
	private Integer version;

	@PersistenceCreator
	private Project() {
	}

	/** A step of a project, for its history. */
	record Stepped(Project project, String step, String detail, Long by) {
	}

	/**
	 * A candidate as the government proposes it, with the opinions and suggestions it was
	 * collected from.
	 */
	static Project propose(NewProject spec, String regionCode, int proposedOrder, List<ProjectSource> sources,
			long by) {
		spec.check();
		Project project = new Project();
		project.regionCode = regionCode;
		project.congressId = spec.congressId();
		project.year = spec.year();
		project.title = spec.title().strip();
		project.categoryId = spec.categoryId();
		project.leadAgencyId = spec.leadAgencyId();
		project.budget = spec.budget();
		project.location = spec.location();
		project.proposedOrder = proposedOrder;
		project.state = ProjectState.CANDIDATE;
		project.startsOn = spec.startsOn();
		project.dueOn = spec.dueOn();
		project.targets = new ArrayList<>(spec.targets()
			.stream()
			.map(t -> new ProjectTarget(t.name().strip(), t.unit().strip(), t.planned(), BigDecimal.ZERO))
			.toList());
		project.milestones = new ArrayList<>(spec.milestones()
			.stream()
			.map(m -> new ProjectMilestone(m.name().strip(), m.plannedOn(), null, null))
			.toList());
		project.sources = new ArrayList<>(sources);
		// counted, not numbered: the history is read by everyone who sees the project,
		// and
		// a source may lie outside a reader's scope (the sources section leaves those
		// out)
		long opinions = sources.stream().filter(s -> s.kind() == Backlinks.Kind.OPINION).count();
		project.registerEvent(new Stepped(project, "PROPOSED",
				sources.isEmpty() ? null : "来源：群众意见 %d 件、代表建议 %d 件".formatted(opinions, sources.size() - opinions),
				by));
		return project;
	}

	/** The count of the vote: chosen among the top N, or not. */
	Project counted(int votes, boolean chosen, long by) {
		if (this.state != ProjectState.CANDIDATE) {
			throw new RuleViolationException(null, "project.state.illegal");
		}
		this.votes = votes;
		this.state = chosen ? ProjectState.CHOSEN : ProjectState.NOT_CHOSEN;
		registerEvent(new Stepped(this, this.state.name(), votes + " 票", by));
		return this;
	}

	/**
	 * The measured quantities now, one per target; a quantity lower than before needs a
	 * reason (a measurement corrected).
	 */
	Project measured(List<BigDecimal> quantities, String reason, LocalDate on, long by) {
		requireChosen();
		if (quantities.size() != this.targets.size()
				|| quantities.stream().anyMatch(q -> q == null || q.signum() < 0)) {
			throw new RuleViolationException("quantities", "project.quantities.invalid");
		}
		boolean backwards = false;
		boolean forwards = false;
		for (int i = 0; i < quantities.size(); i++) {
			int moved = quantities.get(i).compareTo(this.targets.get(i).done());
			backwards |= moved < 0;
			forwards |= moved > 0;
		}
		if (backwards && (reason == null || reason.isBlank())) {
			throw new RuleViolationException("reason", "project.quantities.backwards");
		}
		List<ProjectTarget> next = new ArrayList<>();
		for (int i = 0; i < quantities.size(); i++) {
			ProjectTarget t = this.targets.get(i);
			next.add(new ProjectTarget(t.name(), t.unit(), t.planned(), quantities.get(i)));
		}
		this.targets = next;
		if (forwards) {
			this.progressedOn = on;
		}
		registerEvent(new Stepped(this, "MEASURED",
				quantities + ((reason != null && !reason.isBlank()) ? " " + reason.strip() : ""), by));
		return this;
	}

	/** A milestone reached on a day (not before the project began), with its photo. */
	Project reached(int position, LocalDate on, String photoKey, long by) {
		requireChosen();
		if (position < 0 || position >= this.milestones.size()) {
			throw new RuleViolationException("position", "project.milestone.unknown");
		}
		if (on == null || on.isBefore(this.startsOn)) {
			throw new RuleViolationException("doneOn", "project.milestone.before-start");
		}
		ProjectMilestone m = this.milestones.get(position);
		this.milestones.set(position, new ProjectMilestone(m.name(), m.plannedOn(), on, photoKey));
		registerEvent(new Stepped(this, "MILESTONE", m.name(), by));
		return this;
	}

	/** The money committed and spent so far (万元). */
	Project money(BigDecimal committed, BigDecimal spent, long by) {
		requireChosen();
		if (committed == null || spent == null || committed.signum() < 0 || spent.signum() < 0) {
			throw new RuleViolationException("spent", "project.money.invalid");
		}
		this.committed = committed;
		this.spent = spent;
		registerEvent(new Stepped(this, "MONEY", committed + " / " + spent, by));
		return this;
	}

	/** Records an escalation of a missing monthly report, if it is still missing. */
	Project escalated(String stage, int level) {
		this.reportStage = stage;
		this.reportLevel = level;
		registerEvent(new Stepped(this, "REPORT_OVERDUE", stage + " 督办 " + level, null));
		return this;
	}

	/** The share of its targets done, each counting alike, in percent. */
	public BigDecimal progress() {
		return progressOf(this.targets);
	}

	/** The mean of the targets' shares done, in percent (none: zero). */
	static BigDecimal progressOf(List<ProjectTarget> targets) {
		if (targets.isEmpty()) {
			return BigDecimal.ZERO;
		}
		return targets.stream()
			.map(ProjectTarget::percent)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(targets.size()), 1, RoundingMode.HALF_UP);
	}

	public ProjectStatus status(LocalDate today) {
		return ProjectStatus.derive(this.startsOn, this.dueOn, this.progressedOn, progress(), this.milestones, today);
	}

	private void requireChosen() {
		if (this.state != ProjectState.CHOSEN) {
			throw new RuleViolationException(null, "project.state.illegal");
		}
	}

	// @formatter:off
	public Long id() { return this.id; }
	public String regionCode() { return this.regionCode; }
	public long congressId() { return this.congressId; }
	public int year() { return this.year; }
	public String title() { return this.title; }
	public long categoryId() { return this.categoryId; }
	public Long leadAgencyId() { return this.leadAgencyId; }
	public BigDecimal budget() { return this.budget; }
	public String location() { return this.location; }
	public int proposedOrder() { return this.proposedOrder; }
	public ProjectState state() { return this.state; }
	public Integer votes() { return this.votes; }
	public LocalDate startsOn() { return this.startsOn; }
	public LocalDate dueOn() { return this.dueOn; }
	public BigDecimal committed() { return this.committed; }
	public BigDecimal spent() { return this.spent; }
	public int reportLevel() { return this.reportLevel; }
	public String reportStage() { return this.reportStage; }
	public List<ProjectTarget> targets() { return List.copyOf(this.targets); }
	public List<ProjectMilestone> milestones() { return List.copyOf(this.milestones); }
	public List<ProjectSource> sources() { return List.copyOf(this.sources); }
	// @formatter:on

}
