package org.lianxin.legislation.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consultation on a draft (立法征询): received with its source and the deadline for the
 * answer upward, opened for opinions once its draft is in, closed for sorting and
 * merging, reported upward and answered. A revised draft may arrive until it is reported.
 * Every step is checked here and kept in its history ({@link Stepped}).
 */
@Table("legislation_consultation")
public class Consultation extends AbstractAggregateRoot<Consultation> {

	static final int MAX_TITLE = 200;

	static final int MAX_SOURCE = 100;

	@Id
	private Long id;

	private long pointId;

	private String regionCode;

	private SourceLevel sourceLevel;

	private String sourceBody;

	private String title;

	private LocalDate receivedOn;

	private LocalDate answerDueOn;

	private ConsultationStage stage;

	private int currentVersion;

	private int supervisionLevel;

	private LocalDate reportedOn;

	private String lateReason;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private Consultation() {
	}

	/**
	 * A step of the consultation, for its history; {@code from} is none for the first,
	 * {@code from == to} for a step within a stage (a revised draft, an escalation).
	 */
	record Stepped(Consultation consultation, ConsultationStage from, ConsultationStage to, Long by, String why) {

		long consultationId() {
			return this.consultation.id;
		}

	}

	static Consultation receive(long pointId, String regionCode, SourceLevel level, String sourceBody, String title,
			LocalDate receivedOn, LocalDate answerDueOn, Long by) {
		if (answerDueOn.isBefore(receivedOn)) {
			throw new RuleViolationException("answerDueOn", "consultation.due.before-received");
		}
		Consultation consultation = new Consultation();
		consultation.pointId = pointId;
		consultation.regionCode = regionCode;
		consultation.sourceLevel = level;
		consultation.sourceBody = sourceBody;
		consultation.title = title;
		consultation.receivedOn = receivedOn;
		consultation.answerDueOn = answerDueOn;
		consultation.stage = ConsultationStage.RECEIVED;
		consultation.registerEvent(new Stepped(consultation, null, ConsultationStage.RECEIVED, by, null));
		return consultation;
	}

	/** A (revised) draft arrived: it becomes the version opinions are given on. */
	Consultation draftArrived(Long by) {
		if (!this.stage.owesAnswer()) {
			throw new RuleViolationException("text", "consultation.draft.too-late");
		}
		this.currentVersion++;
		registerEvent(new Stepped(this, this.stage, this.stage, by, "draft " + this.currentVersion));
		return this;
	}

	/** 发布征集: opens the current draft for opinions. */
	Consultation publish(Long by) {
		if (this.currentVersion == 0) {
			throw new RuleViolationException(null, "consultation.publish.no-draft");
		}
		return step(ConsultationStage.RECEIVED, ConsultationStage.GATHERING, by, null);
	}

	/** Stops gathering, to sort and merge what came in. */
	Consultation closeGathering(Long by) {
		return step(ConsultationStage.GATHERING, ConsultationStage.MERGING, by, null);
	}

	/**
	 * 报送: the merged opinions go upward; after the deadline only with the reason it is
	 * late.
	 */
	Consultation report(LocalDate on, String lateReasonGiven, Long by) {
		String why = (lateReasonGiven == null) ? "" : lateReasonGiven.strip();
		if (on.isAfter(this.answerDueOn) && why.length() < 4) {
			throw new RuleViolationException("lateReason", "report.late.reason-required", this.answerDueOn.toString());
		}
		if (why.length() > 500) {
			throw new RuleViolationException("lateReason", "merge.answer.reason-too-long", 500);
		}
		this.reportedOn = on;
		this.lateReason = on.isAfter(this.answerDueOn) ? why : null;
		return step(ConsultationStage.MERGING, ConsultationStage.REPORTED, by, this.lateReason);
	}

	/**
	 * A merge taken back while sorting: kept in the history with what the merged opinion
	 * said and how many opinions it gave back.
	 */
	Consultation mergeUndone(Long by, String mergedText, int sources) {
		if (this.stage != ConsultationStage.MERGING) {
			throw new RuleViolationException(null, "merge.undo.reported");
		}
		String said = (mergedText.length() > 60) ? mergedText.substring(0, 60) + "…" : mergedText;
		registerEvent(new Stepped(this, this.stage, this.stage, by, "撤销合并（" + sources + " 条意见退回待整理）：" + said));
		return this;
	}

	/** 反馈: every reported opinion has its answer. */
	Consultation answered(Long by) {
		return step(ConsultationStage.REPORTED, ConsultationStage.ANSWERED, by, null);
	}

	/**
	 * Records a supervision level reached on the answer's deadline, if the consultation
	 * still owes it by that day.
	 */
	boolean escalate(LocalDate dueOn, int level, int workingDaysOverdue) {
		if (!this.stage.owesAnswer() || !this.answerDueOn.equals(dueOn) || level <= this.supervisionLevel) {
			return false;
		}
		this.supervisionLevel = level;
		registerEvent(new Stepped(this, this.stage, this.stage, null,
				"督办 " + level + " 级：超期 " + workingDaysOverdue + " 个工作日（期限 " + dueOn + "）"));
		return true;
	}

	private Consultation step(ConsultationStage from, ConsultationStage to, Long by, String why) {
		if (this.stage != from) {
			throw new RuleViolationException(null, "consultation.stage.illegal");
		}
		this.stage = to;
		registerEvent(new Stepped(this, from, to, by, why));
		return this;
	}

	Long id() {
		return this.id;
	}

	long pointId() {
		return this.pointId;
	}

	String regionCode() {
		return this.regionCode;
	}

	String title() {
		return this.title;
	}

	ConsultationStage stage() {
		return this.stage;
	}

	int currentVersion() {
		return this.currentVersion;
	}

	LocalDate answerDueOn() {
		return this.answerDueOn;
	}

}
