package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a batch scores, as the administrator sets it until the batch is final: its
 * dimensions (a kind of record with points and a cap, or a manual item with a cap), the
 * scorers' weights and the grades' thresholds.
 */
@Service
public class EvaluationSchemes {

	private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Evaluations evaluations;

	private final EvaluationBatchRepository batches;

	EvaluationSchemes(JdbcClient jdbc, EvaluationBatchRepository batches, Evaluations evaluations, OperationLog log) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.evaluations = evaluations;
		this.log = log;
	}

	/** A scorer and their weight in percent of the manual items. */
	public record Scorer(ScorerRole role, BigDecimal weight) {
	}

	public List<Scorer> scorers(long batchId) {
		return this.jdbc.sql("select role, weight from evaluation_scorer where batch_id = ?")
			.param(batchId)
			.query(Scorer.class)
			.list()
			.stream()
			.sorted(Comparator.comparing(Scorer::role))
			.toList();
	}

	/**
	 * Adds a dimension (no id) or changes one: with a kind of record it scores those
	 * records, so many points each; without, it is a manual item the scorers mark up to
	 * the cap.
	 */
	@Transactional
	public void saveDimension(CurrentUser user, long batchId, Long dimensionId, String name, String typeCode,
			BigDecimal points, BigDecimal cap, int sortOrder) {
		editable(user, batchId);
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty() || cleanName.length() > 64) {
			throw new RuleViolationException("name", "evaluation.dimension.name");
		}
		if (cap == null || cap.signum() <= 0 || cap.compareTo(MAX_POINTS) > 0 || !twoDecimals(cap)) {
			throw new RuleViolationException("cap", "evaluation.dimension.cap.invalid");
		}
		boolean manual = typeCode == null || typeCode.isBlank();
		Long typeId = manual ? null
				: this.jdbc.sql("select id from duty_record_type where code = ?")
					.param(typeCode)
					.query(Long.class)
					.optional()
					.orElseThrow(() -> new RuleViolationException("type", "duty.type.invalid"));
		BigDecimal perItem = manual ? cap : points;
		if (perItem == null || perItem.signum() <= 0 || perItem.compareTo(cap) > 0 || !twoDecimals(perItem)) {
			throw new RuleViolationException("points", "evaluation.dimension.points.invalid");
		}
		notStarted(batchId);
		try {
			if (dimensionId == null) {
				this.jdbc.sql("""
						insert into evaluation_dimension (batch_id, name, type_id, points, cap, sort_order, manual)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(batchId, cleanName, typeId, perItem, cap, sortOrder, manual)
					.update();
			}
			else if (this.jdbc
				.sql("""
						update evaluation_dimension set name = ?, type_id = ?, points = ?, cap = ?, sort_order = ?, manual = ?
						where id = ? and batch_id = ?""")
				.params(cleanName, typeId, perItem, cap, sortOrder, manual, dimensionId, batchId)
				.update() == 0) {
				throw new RuleViolationException("name", "evaluation.dimension.unknown");
			}
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("type", "evaluation.dimension.type-taken");
		}
		this.log.record("duty.evaluation.dimension.save", "batch " + batchId,
				cleanName + (manual ? " manual" : " " + typeCode) + " " + perItem + "/" + cap);
	}

	/** Takes a dimension out of the batch, with any marks given for it. */
	@Transactional
	public void removeDimension(CurrentUser user, long batchId, long dimensionId) {
		editable(user, batchId);
		notStarted(batchId);
		this.jdbc.sql("delete from evaluation_dimension where id = ? and batch_id = ?")
			.params(dimensionId, batchId)
			.update();
		this.log.record("duty.evaluation.dimension.remove", "batch " + batchId, "dimension " + dimensionId);
	}

	/**
	 * The scorers' weights, in percent: each 0 to 100, together 100. A scorer of weight 0
	 * takes no part, and the batch does not wait for them.
	 */
	@Transactional
	public void saveWeights(CurrentUser user, long batchId, Map<ScorerRole, BigDecimal> weights) {
		editable(user, batchId);
		BigDecimal sum = BigDecimal.ZERO;
		for (ScorerRole role : ScorerRole.values()) {
			BigDecimal weight = weights.getOrDefault(role, BigDecimal.ZERO);
			if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0 || !twoDecimals(weight)) {
				throw new RuleViolationException("weight", "evaluation.weight.range");
			}
			sum = sum.add(weight);
		}
		if (sum.compareTo(HUNDRED) != 0) {
			throw new RuleViolationException("weight", "evaluation.weight.sum",
					sum.stripTrailingZeros().toPlainString());
		}
		notStarted(batchId);
		for (ScorerRole role : ScorerRole.values()) {
			this.jdbc.sql("""
					insert into evaluation_scorer (batch_id, role, weight) values (?, ?, ?)
					on conflict (batch_id, role) do update set weight = excluded.weight""")
				.params(batchId, role.name(), weights.getOrDefault(role, BigDecimal.ZERO))
				.update();
		}
		this.log.record("duty.evaluation.weights", "batch " + batchId, weights.toString());
	}

	/** The lowest total of 优秀, 称职 and 基本称职, in that order. */
	@Transactional
	public void saveThresholds(CurrentUser user, long batchId, BigDecimal excellent, BigDecimal competent,
			BigDecimal basic) {
		editable(user, batchId);
		this.batches.save(this.evaluations.locked(batchId).changeThresholds(excellent, competent, basic));
		this.log.record("duty.evaluation.thresholds", "batch " + batchId, excellent + "/" + competent + "/" + basic);
	}

	/**
	 * What is scored, and by whom, stays as it was once a scorer has submitted: their
	 * submission would not cover a new item, and a new weight would change what they
	 * handed in. Thresholds may still move.
	 */
	private void notStarted(long batchId) {
		if (this.jdbc.sql("select exists (select 1 from evaluation_submission where batch_id = ?)")
			.param(batchId)
			.query(Boolean.class)
			.single()) {
			throw new RuleViolationException(null, "evaluation.scheme.started");
		}
	}

	private static boolean twoDecimals(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 2;
	}

	private void editable(CurrentUser user, long batchId) {
		if (!user.can(DutyPermissions.EVALUATION_EDIT)) {
			throw new AccessDeniedException(DutyPermissions.EVALUATION_EDIT);
		}
		this.evaluations.locked(batchId).requireOpen();
	}

}
