package org.lianxin.project.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.supervision.Clock;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 跟踪督办 of a project: the office's demand to an agency with a deadline, until the agency
 * answers; while unanswered past its deadline the supervision watch escalates it.
 */
@Table("project_duban")
public class ProjectDuban extends AbstractAggregateRoot<ProjectDuban> {

	@Id
	private Long id;

	private long projectId;

	private String regionCode;

	private long agencyId;

	private String demand;

	private LocalDate issuedOn;

	private LocalDate dueOn;

	private DubanState state;

	private String answer;

	private LocalDate answeredOn;

	private Long answeredBy;

	private int level;

	private long issuedBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private ProjectDuban() {
	}

	static ProjectDuban issue(Project project, Long agencyId, String demand, LocalDate dueOn, LocalDate today,
			long by) {
		RuleViolations problems = new RuleViolations();
		problems.check(() -> {
			if (project.state() != ProjectState.CHOSEN) {
				throw new RuleViolationException(null, "project.state.illegal");
			}
		});
		problems.check(() -> {
			if (agencyId == null) {
				throw new RuleViolationException("agencyId", "project.duban.agency.missing");
			}
		});
		problems.check(() -> {
			if (demand == null || demand.isBlank() || demand.strip().length() > 1000) {
				throw new RuleViolationException("demand", "project.duban.demand.invalid");
			}
		});
		problems.check(() -> {
			if (dueOn == null || !dueOn.isAfter(today)) {
				throw new RuleViolationException("dueOn", "project.duban.due.invalid");
			}
		});
		problems.throwIfAny();
		ProjectDuban duban = new ProjectDuban();
		duban.projectId = project.id();
		duban.regionCode = project.regionCode();
		duban.agencyId = agencyId;
		duban.demand = demand.strip();
		duban.issuedOn = today;
		duban.dueOn = dueOn;
		duban.state = DubanState.ISSUED;
		duban.issuedBy = by;
		duban.registerEvent(new SupervisionStep(project.id(), "DUBAN", "限 " + dueOn + " 前答复", by));
		return duban;
	}

	/** The agency's answer; once only. */
	ProjectDuban answer(String text, LocalDate today, long by) {
		if (this.state != DubanState.ISSUED) {
			throw new RuleViolationException(null, "project.duban.answered");
		}
		if (text == null || text.isBlank() || text.strip().length() > 2000) {
			throw new RuleViolationException("answer", "project.duban.answer.invalid");
		}
		this.answer = text.strip();
		this.answeredOn = today;
		this.answeredBy = by;
		this.state = DubanState.ANSWERED;
		registerEvent(new SupervisionStep(this.projectId, "DUBAN_ANSWERED", null, by));
		return this;
	}

	/**
	 * The watch's escalation, recorded only while the 督办 is still unanswered on that
	 * deadline.
	 */
	boolean escalate(Clock clock, int level) {
		if (this.state != DubanState.ISSUED || !this.dueOn.equals(clock.dueOn())) {
			return false;
		}
		this.level = level;
		registerEvent(new SupervisionStep(this.projectId, "DUBAN_OVERDUE", "督办 " + level, null));
		return true;
	}

	// @formatter:off
	public Long id() { return this.id; }
	public long projectId() { return this.projectId; }
	public long agencyId() { return this.agencyId; }
	public String demand() { return this.demand; }
	public LocalDate issuedOn() { return this.issuedOn; }
	public LocalDate dueOn() { return this.dueOn; }
	public DubanState state() { return this.state; }
	public String answer() { return this.answer; }
	public LocalDate answeredOn() { return this.answeredOn; }
	public int level() { return this.level; }
	// @formatter:on

}
