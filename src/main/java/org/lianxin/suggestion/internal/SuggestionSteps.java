package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.suggestion.SuggestionCoSigned;
import org.lianxin.suggestion.SuggestionFiled;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * How every step of a suggestion is taken: checked against the state's table of moves,
 * recorded for the history, and told to other modules once saved. The steps themselves
 * are in {@link FilingSteps}, {@link HandlingSteps} and {@link Suggestion}.
 */
abstract class SuggestionSteps extends SuggestionState {

	/** The calendar's clocks, given on creation and on every load. */
	@Transient
	SuggestionDeadlines deadlines;

	@Transient
	private final List<SuggestionStep> steps = new ArrayList<>();

	void require(SuggestionAction action) {
		if (!this.status.allows(action)) {
			throw new IllegalSuggestionStepException(action, this.status);
		}
	}

	void requireLead(SuggestionActor by) {
		if (by.agencyId() == null || !by.agencyId().equals(this.leadAgencyId)) {
			throw new RuleViolationException(null, "suggestion.not-lead");
		}
	}

	void requireLeadDeputy(SuggestionActor by) {
		if (by.deputyId() == null || by.deputyId() != this.leadDeputyId) {
			throw new RuleViolationException(null, "suggestion.not-lead-deputy");
		}
	}

	/** A step to another state, which starts that state's clock (none when null). */
	void move(SuggestionAction action, SuggestionStatus to, SuggestionActor by, String note, LocalDate today,
			LocalDate dueOn) {
		this.steps.add(SuggestionStep.of(action, this.status, to, by, note, this.handlingRound).withDue(dueOn));
		this.status = to;
		this.stageStartedOn = today;
		this.stageDueOn = dueOn;
		this.escalationLevel = 0;
	}

	/** A step that leaves the state (and its clock) as it is. */
	void record(SuggestionAction action, SuggestionActor by, String note, UnaryOperator<SuggestionStep> with) {
		this.steps.add(with.apply(SuggestionStep.of(action, this.status, this.status, by, note, this.handlingRound)));
	}

	void lastStep(UnaryOperator<SuggestionStep> change) {
		int last = this.steps.size() - 1;
		this.steps.set(last, change.apply(this.steps.get(last)));
	}

	/**
	 * 督办: the watch found the stage overdue. Recorded only while the suggestion is still
	 * on that clock and below that level.
	 * @return {@code false} when it moved on meanwhile
	 */
	public boolean supervise(String stage, LocalDate dueOn, int level, int workingDaysOverdue) {
		if (!this.status.name().equals(stage) || !dueOn.equals(this.stageDueOn) || level <= this.escalationLevel) {
			return false;
		}
		this.escalationLevel = level;
		Long agency = this.leadAgencyId;
		record(SuggestionAction.SUPERVISE, SuggestionActor.SYSTEM, "逾期" + workingDaysOverdue + "个工作日",
				step -> step.withLevel(level).withDue(dueOn).withAgency(agency));
		return true;
	}

	/** A step one of its promised items took, kept in the suggestion's history. */
	public void promiseStep(SuggestionAction action, SuggestionActor by, long promiseId, String note) {
		record(action, by, note, step -> step.withPromise(promiseId));
	}

	/** The steps taken since the suggestion was loaded, oldest first, for its history. */
	public List<SuggestionStep> newSteps() {
		return List.copyOf(this.steps);
	}

	/** Filing and co-signing are duties done: the duty module keeps them. */
	@DomainEvents
	List<Object> events() {
		return this.steps.stream()
			.filter(step -> step.action() == SuggestionAction.FILE || step.action() == SuggestionAction.CO_SIGN)
			.map(step -> (step.action() == SuggestionAction.FILE)
					? (Object) new SuggestionFiled(this.id, this.leadDeputyId, this.congressId, this.title,
							this.filedOn)
					: new SuggestionCoSigned(this.id, step.deputyId(), this.congressId, this.title,
							confirmedOn(step.deputyId())))
			.toList();
	}

	private LocalDate confirmedOn(long deputyId) {
		return this.coSigners.stream()
			.filter(signer -> signer.deputyId() == deputyId)
			.map(CoSigner::confirmedOn)
			.findFirst()
			.orElse(this.filedOn);
	}

	@AfterDomainEventPublication
	void stepsSaved() {
		this.steps.clear();
	}

}
