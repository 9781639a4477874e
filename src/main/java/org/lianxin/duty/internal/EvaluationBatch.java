package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An evaluation batch (考评批次): open while the administrator shapes it and the scorers
 * mark, final once every scorer has submitted; a final batch changes no more. Its
 * dimensions and scorers are its scheme, kept beside it (a dimension's marks hang on its
 * id, which a batch saved whole would renew).
 */
@Table("evaluation_batch")
public class EvaluationBatch {

	private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	@Id
	private Long id;

	private String name;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private BigDecimal excellentMin;

	private BigDecimal competentMin;

	private BigDecimal basicMin;

	@Column("final")
	private boolean isFinal;

	@ReadOnlyProperty
	private Instant createdAt;

	private Instant finalAt;

	@Version
	private Integer version;

	@PersistenceCreator
	private EvaluationBatch() {
	}

	/** Where a batch stands. */
	enum State {

		OPEN, FINAL

	}

	/** A new batch for the period, with the usual thresholds (80, 60, 40). */
	static EvaluationBatch open(String name, LocalDate startsOn, LocalDate endsOn) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new RuleViolationException("name", "evaluation.name.invalid");
		}
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new RuleViolationException("endsOn", "evaluation.period.invalid");
		}
		EvaluationBatch batch = new EvaluationBatch();
		batch.name = name.strip();
		batch.startsOn = startsOn;
		batch.endsOn = endsOn;
		batch.excellentMin = BigDecimal.valueOf(80);
		batch.competentMin = BigDecimal.valueOf(60);
		batch.basicMin = BigDecimal.valueOf(40);
		return batch;
	}

	/** Refuses any change to a final batch. */
	EvaluationBatch requireOpen() {
		if (this.isFinal) {
			throw new RuleViolationException(null, "evaluation.final");
		}
		return this;
	}

	/** The lowest total of 优秀, 称职 and 基本称职, in that order. */
	EvaluationBatch changeThresholds(BigDecimal excellent, BigDecimal competent, BigDecimal basic) {
		requireOpen();
		if (excellent == null || competent == null || basic == null || basic.signum() < 0
				|| competent.compareTo(basic) < 0 || excellent.compareTo(competent) < 0
				|| excellent.compareTo(MAX_POINTS) > 0 || !twoDecimals(excellent) || !twoDecimals(competent)
				|| !twoDecimals(basic)) {
			throw new RuleViolationException("excellentMin", "evaluation.thresholds");
		}
		this.excellentMin = excellent;
		this.competentMin = competent;
		this.basicMin = basic;
		return this;
	}

	/**
	 * 定稿: the records the batch counts are those verified by now, and its results are
	 * kept as they are.
	 */
	EvaluationBatch makeFinal(Instant at) {
		requireOpen();
		this.isFinal = true;
		this.finalAt = at;
		return this;
	}

	State state() {
		return this.isFinal ? State.FINAL : State.OPEN;
	}

	Long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	private static boolean twoDecimals(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 2;
	}

}
