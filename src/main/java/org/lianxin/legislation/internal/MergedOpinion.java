package org.lianxin.legislation.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A merged opinion (整理后的意见) on one article of one consultation: drafted by the office
 * from the opinions it keeps (each names it), reported upward with the consultation, and
 * answered by the legislature. The answer reaches everyone whose opinion went into it
 * ({@link Answered}).
 */
@Table("legislation_merged_opinion")
public class MergedOpinion extends AbstractAggregateRoot<MergedOpinion> {

	static final int MAX_TEXT = 2000;

	static final int MAX_REASON = 500;

	@Id
	private Long id;

	private long consultationId;

	private Integer articleNumber;

	private String text;

	private String reason;

	private State state;

	private Outcome outcome;

	private String outcomeReason;

	private LocalDate answeredOn;

	private Long createdBy;

	@Version
	private Integer version;

	/** Where a merged opinion stands. */
	enum State {

		DRAFTED, REPORTED, ANSWERED

	}

	/** The legislature answered on the merged opinion. */
	record Answered(long mergedOpinionId, long consultationId, Outcome outcome) {
	}

	@PersistenceCreator
	private MergedOpinion() {
	}

	static MergedOpinion draft(long consultationId, Integer article, String text, String reason, Long by) {
		if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
			throw new RuleViolationException("text", "merge.text.invalid", MAX_TEXT);
		}
		if (reason != null && reason.strip().length() > MAX_TEXT) {
			throw new RuleViolationException("reason", "merge.text.invalid", MAX_TEXT);
		}
		MergedOpinion merged = new MergedOpinion();
		merged.consultationId = consultationId;
		merged.articleNumber = article;
		merged.text = text.strip();
		merged.reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		merged.state = State.DRAFTED;
		merged.createdBy = by;
		return merged;
	}

	MergedOpinion report() {
		if (this.state != State.DRAFTED) {
			throw new RuleViolationException(null, "consultation.stage.illegal");
		}
		this.state = State.REPORTED;
		return this;
	}

	/** The legislature's answer; not adopting needs its reason. */
	MergedOpinion answer(Outcome outcome, String why, LocalDate on) {
		if (this.state != State.REPORTED) {
			throw new RuleViolationException(null, "merge.answer.not-reported");
		}
		String reasonGiven = (why == null) ? "" : why.strip();
		if (outcome == Outcome.NOT_ADOPTED && reasonGiven.isEmpty()) {
			throw new RuleViolationException("outcomeReason", "merge.answer.reason-required");
		}
		if (reasonGiven.length() > MAX_REASON) {
			throw new RuleViolationException("outcomeReason", "merge.answer.reason-too-long", MAX_REASON);
		}
		this.state = State.ANSWERED;
		this.outcome = outcome;
		this.outcomeReason = reasonGiven.isEmpty() ? null : reasonGiven;
		this.answeredOn = on;
		registerEvent(new Answered(this.id, this.consultationId, outcome));
		return this;
	}

	Long id() {
		return this.id;
	}

	long consultationId() {
		return this.consultationId;
	}

	String text() {
		return this.text;
	}

	State state() {
		return this.state;
	}

}
