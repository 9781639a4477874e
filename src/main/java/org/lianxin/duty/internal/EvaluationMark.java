package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One scorer's mark of one manual item for one deputy. It changes until the scorer
 * submits; every value it takes is kept in its history ({@link MarkChanged}), so an
 * earlier mark is never lost by marking again.
 */
@Table("evaluation_mark")
public class EvaluationMark extends AbstractAggregateRoot<EvaluationMark> {

	@Id
	private Long id;

	private long dimensionId;

	private long deputyId;

	private ScorerRole role;

	private BigDecimal mark;

	private Long markedBy;

	private Instant markedAt;

	@Version
	private Integer version;

	// the batch the dimension belongs to, for the history; not a column of the mark
	@Transient
	private long batchId;

	@PersistenceCreator
	private EvaluationMark() {
	}

	/** A mark changed: who, when, from (none the first time) and to. */
	record MarkChanged(long batchId, long dimensionId, long deputyId, ScorerRole role, BigDecimal from, BigDecimal to,
			Long by, Instant at) {
	}

	/** The scorer's first mark of the item for the deputy. */
	static EvaluationMark give(long batchId, long dimensionId, long deputyId, ScorerRole role, BigDecimal mark, long by,
			Instant at) {
		EvaluationMark given = new EvaluationMark();
		given.dimensionId = dimensionId;
		given.deputyId = deputyId;
		given.role = role;
		return given.change(batchId, mark, by, at);
	}

	/**
	 * Marks again: the new value, who gave it and when; the earlier value goes into the
	 * history when it differs.
	 */
	EvaluationMark change(long batch, BigDecimal to, long by, Instant at) {
		Objects.requireNonNull(to, "mark");
		this.batchId = batch;
		if (this.mark == null || this.mark.compareTo(to) != 0) {
			registerEvent(new MarkChanged(batch, this.dimensionId, this.deputyId, this.role, this.mark, to, by, at));
		}
		this.mark = to;
		this.markedBy = by;
		this.markedAt = at;
		return this;
	}

}
