package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizen's opinion as a case moving through the loop. It comes in through
 * {@link #receive}; each step then checks that the case is in a state that allows it,
 * moves it on, restarts the clock of the next stage and records a history step; an
 * illegal step throws {@link IllegalTransitionException}. Saved through its repository,
 * the case appends the recorded steps to its history and publishes
 * {@link OpinionReceived} or {@link OpinionStepTaken} for each.
 */
@Table("opinion")
public class Opinion extends OpinionState {

	/** The case's own clocks: its category's and urgency's working days. */
	@Transient
	private Deadlines deadlines;

	@Transient
	private final List<OpinionStep> steps = new ArrayList<>();

	private Opinion() {
	}

	/**
	 * 受理: a case comes in, waiting for triage.
	 * @param trackingCode the code the citizen follows it by, drawn for it
	 * @param linkToken the token of the citizen's private link
	 * @param deadlines the clocks of the case's category and urgency
	 */
	public static Opinion receive(NewCase intake, String trackingCode, String linkToken, Actor by, LocalDate today,
			Deadlines deadlines) {
		Opinion opinion = new Opinion();
		opinion.cameIn(intake, trackingCode, linkToken);
		opinion.deadlines = deadlines;
		opinion.status = OpinionStatus.RECEIVED;
		opinion.stageStartedOn = today;
		opinion.stageDueOn = deadlines.due(Stage.ASSIGN, today);
		opinion.steps.add(OpinionStep.of(OpinionAction.SUBMIT, null, OpinionStatus.RECEIVED, by, null));
		return opinion;
	}

	/** Gives a case loaded from the database its clocks. */
	public Opinion clockedBy(Deadlines clocks) {
		this.deadlines = clocks;
		return this;
	}

	// 交办: to a lead agency and any co-handling agencies
	public void assign(Actor by, long leadAgency, Set<Long> coAgencies, String note, LocalDate today) {
		require(OpinionAction.ASSIGN);
		StepTexts.optional("note", note, StepTexts.MAX_TEXT);
		startRound();
		this.leadAgencyId = leadAgency;
		this.coAgencies = new LinkedHashSet<>();
		coAgencies.stream()
			.filter(agency -> !agency.equals(leadAgency))
			.map(CoAgency::new)
			.forEach(this.coAgencies::add);
		this.assignedOn = today;
		this.replyDueOn = this.deadlines.due(Stage.REPLY, today);
		this.extensionDays = null;
		this.extensionReason = null;
		move(OpinionAction.ASSIGN, OpinionStatus.ASSIGNED, by, note, today, Stage.SIGN);
		lastStep(step -> step.withAgency(leadAgency));
	}

	// 签收: the lead agency takes the case on
	public void sign(Actor by, LocalDate today) {
		require(OpinionAction.SIGN);
		requireLead(by);
		move(OpinionAction.SIGN, OpinionStatus.IN_PROGRESS, by, null, today, null);
		this.stageDueOn = this.replyDueOn;
	}

	// 退回: a wrongly assigned case goes back to triage, within the return period
	public void returnToTriage(Actor by, String reason, LocalDate today) {
		require(OpinionAction.RETURN);
		requireLead(by);
		StepTexts.require("reason", reason);
		LocalDate lastDay = this.deadlines.due(Stage.RETURN, this.assignedOn);
		if (today.isAfter(lastDay)) {
			throw new RuleViolationException(null, "opinion.return.too-late", lastDay);
		}
		Long agency = this.leadAgencyId;
		this.leadAgencyId = null;
		this.coAgencies.clear();
		this.assignedOn = null;
		this.replyDueOn = null;
		move(OpinionAction.RETURN, OpinionStatus.RECEIVED, by, reason, today, Stage.ASSIGN);
		lastStep(step -> step.withAgency(agency));
	}

	// 申请延期: the lead agency asks for more working days, with a reason
	public void requestExtension(Actor by, int days, String reason, LocalDate today) {
		require(OpinionAction.EXTEND);
		requireLead(by);
		StepTexts.require("reason", reason);
		StepTexts.optional("reason", reason, StepTexts.MAX_EXTENSION_REASON);
		if (days < 1 || days > StepTexts.MAX_EXTENSION_DAYS) {
			throw new RuleViolationException("days", "opinion.extension.days", StepTexts.MAX_EXTENSION_DAYS);
		}
		if (this.extensionDays != null) {
			throw new RuleViolationException(null, "opinion.extension.pending");
		}
		this.extensionDays = days;
		this.extensionReason = reason.strip();
		this.steps.add(OpinionStep.of(OpinionAction.EXTEND, this.status, this.status, by, reason.strip())
			.withAgency(this.leadAgencyId)
			.withDays(days));
	}

	// 审批延期: the office grants or refuses the extension asked for
	public void decideExtension(Actor by, boolean approved, String note, LocalDate today) {
		require(OpinionAction.APPROVE_EXTENSION);
		if (this.extensionDays == null) {
			throw new RuleViolationException(null, "opinion.extension.none");
		}
		StepTexts.optional("note", note, StepTexts.MAX_TEXT);
		int days = this.extensionDays;
		if (approved) {
			this.replyDueOn = this.deadlines.plusWorkingDays(this.replyDueOn, days);
			this.stageDueOn = this.replyDueOn;
		}
		this.extensionDays = null;
		this.extensionReason = null;
		this.steps.add(OpinionStep
			.of(OpinionAction.APPROVE_EXTENSION, this.status, this.status, by, StepTexts.blankToNull(note))
			.withDays(approved ? days : 0));
	}

	// 答复: the lead agency's reply with its result class
	public void reply(Actor by, ResultClass result, String text, LocalDate today) {
		require(OpinionAction.REPLY);
		requireLead(by);
		Objects.requireNonNull(result, "result");
		StepTexts.require("text", text);
		this.resultClass = result;
		this.repliedOn = today;
		this.repliedOnTime = !today.isAfter(this.replyDueOn);
		this.extensionDays = null;
		this.extensionReason = null;
		move(OpinionAction.REPLY, OpinionStatus.REPLIED, by, text, today, Stage.FEEDBACK);
		Long lead = this.leadAgencyId;
		lastStep(step -> step.withAgency(lead).withResult(result));
	}

	// 反馈: the office tells the citizen the reply
	public void feedback(Actor by, ContactChannel channel, String text, LocalDate today) {
		require(OpinionAction.FEEDBACK);
		Objects.requireNonNull(channel, "channel");
		StepTexts.require("text", text);
		move(OpinionAction.FEEDBACK, OpinionStatus.FED_BACK, by, text, today, Stage.VISIT);
		lastStep(step -> step.withChannel(channel));
	}

	// 回访: the citizen's verdict; an unsatisfied one reopens the case for another round
	public void visit(Actor by, Satisfaction verdict, ContactChannel channel, String comment, LocalDate today) {
		require(OpinionAction.VISIT);
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(channel, "channel");
		StepTexts.optional("comment", comment, StepTexts.MAX_TEXT);
		if (this.rating != null && this.rating.content()) {
			throw new RuleViolationException(null, "opinion.visit.done");
		}
		this.rating = verdict;
		if (verdict == Satisfaction.UNSATISFIED) {
			this.handlingRound++;
			move(OpinionAction.VISIT, OpinionStatus.REOPENED, by, comment, today, Stage.ASSIGN);
		}
		else {
			move(OpinionAction.VISIT, this.status, by, comment, today, Stage.CLOSE);
		}
		lastStep(step -> step.withRating(verdict).withChannel(channel));
	}

	// 办结: after the visit, or with a reason why there was none
	public void close(Actor by, String note, LocalDate today) {
		require(OpinionAction.CLOSE);
		if (this.rating == null || !this.rating.content()) {
			StepTexts.require("note", note);
		}
		StepTexts.optional("note", note, StepTexts.MAX_TEXT);
		this.closedOn = today;
		move(OpinionAction.CLOSE, OpinionStatus.CLOSED, by, note, today, null);
	}

	// 不予受理: with the reason the citizen is told
	public void decline(Actor by, String reason, LocalDate today) {
		require(OpinionAction.DECLINE);
		StepTexts.require("reason", reason);
		this.closedOn = today;
		move(OpinionAction.DECLINE, OpinionStatus.DECLINED, by, reason, today, null);
	}

	// 并案: into another open case, which the citizen then follows
	public void mergeInto(Actor by, Opinion primary, String note, LocalDate today) {
		require(OpinionAction.MERGE);
		StepTexts.optional("note", note, StepTexts.MAX_TEXT);
		if (primary.id.equals(this.id) || !primary.status.isOpen()) {
			throw new RuleViolationException("into", "opinion.merge.target");
		}
		this.mergedInto = primary.id;
		this.closedOn = today;
		move(OpinionAction.MERGE, OpinionStatus.MERGED, by, note, today, null);
	}

	// 直接答复: without an agency; on time within the reply period since it came in
	public void answerDirectly(Actor by, String text, LocalDate today) {
		require(OpinionAction.ANSWER_DIRECTLY);
		StepTexts.require("text", text);
		LocalDate dueOn = this.deadlines.due(Stage.REPLY, this.stageStartedOn);
		startRound();
		this.repliedOn = today;
		this.repliedOnTime = !today.isAfter(dueOn);
		move(OpinionAction.ANSWER_DIRECTLY, OpinionStatus.ANSWERED_DIRECTLY, by, text, today, Stage.VISIT);
	}

	// 转为代表建议
	public void convert(Actor by, String note, LocalDate today) {
		require(OpinionAction.CONVERT);
		StepTexts.require("note", note);
		this.closedOn = today;
		move(OpinionAction.CONVERT, OpinionStatus.CONVERTED, by, note, today, null);
	}

	// a new handling round: its reply and verdict are still to come, last round's do not
	// count
	private void startRound() {
		this.resultClass = null;
		this.repliedOn = null;
		this.repliedOnTime = null;
		this.rating = null;
	}

	private void require(OpinionAction action) {
		if (!this.status.allows(action)) {
			throw new IllegalTransitionException(action, this.status);
		}
	}

	private void requireLead(Actor by) {
		if (by.agencyId() == null || !by.agencyId().equals(this.leadAgencyId)) {
			throw new RuleViolationException(null, "opinion.not-lead");
		}
	}

	private void move(OpinionAction action, OpinionStatus to, Actor by, String note, LocalDate today, Stage nextStage) {
		this.steps.add(OpinionStep.of(action, this.status, to, by, StepTexts.blankToNull(note)));
		this.status = to;
		this.stageStartedOn = today;
		this.stageDueOn = (nextStage != null) ? this.deadlines.due(nextStage, today) : null;
	}

	private void lastStep(UnaryOperator<OpinionStep> change) {
		int last = this.steps.size() - 1;
		this.steps.set(last, change.apply(this.steps.get(last)));
	}

	/** The steps taken since the case was loaded, oldest first, for its history. */
	public List<OpinionStep> newSteps() {
		return List.copyOf(this.steps);
	}

	/** What the steps recorded since the case was loaded tell other modules. */
	@DomainEvents
	List<Object> events() {
		return OpinionEvents.of(this, this.steps);
	}

	/** Saved and told: the history has the steps, the events are out. */
	@AfterDomainEventPublication
	void stepsSaved() {
		this.steps.clear();
	}

}
