package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorers' side of an evaluation: each marks the manual items of the deputies they
 * score (a deputy themself, a liaison their group's, an office anyone it reaches, also
 * typing in a paper form for another scorer), then submits; once every scorer with a
 * weight has submitted for every deputy, the batch is final and its results are kept.
 */
@Service
public class EvaluationMarks {

	/** Deputies on one page of a scorer's sheet. */
	static final int SHEET_SIZE = 100;

	private final JdbcClient jdbc;

	private final Evaluations evaluations;

	private final DeputyAccounts deputyAccounts;

	private final OperationLog log;

	private final JdbcTemplate results;

	private final EvaluationMarkRepository marks;

	private final EvaluationScoring scoring;

	private final EvaluationBatchRepository batches;

	EvaluationMarks(JdbcClient jdbc, JdbcTemplate results, EvaluationMarkRepository marks,
			EvaluationBatchRepository batches, EvaluationScoring scoring, Evaluations evaluations,
			DeputyAccounts deputyAccounts, OperationLog log) {
		this.scoring = scoring;
		this.jdbc = jdbc;
		this.results = results;
		this.marks = marks;
		this.batches = batches;
		this.evaluations = evaluations;
		this.deputyAccounts = deputyAccounts;
		this.log = log;
	}

	/** One deputy's line on a scorer's sheet: a mark per manual item (or none yet). */
	public record Line(long deputyId, String name, List<BigDecimal> marks, boolean submitted) {
	}

	/** One page of what a scorer marks in a batch. */
	public record Sheet(Evaluations.Batch batch, ScorerRole role, List<Evaluations.Dimension> items, List<Line> lines,
			int page, boolean hasNext) {
	}

	/** How far a scorer has come: deputies submitted of those to score. */
	public record Progress(ScorerRole role, BigDecimal weight, long submitted, long required) {
	}

	/** The roles the user may mark in: their own, or all for an office. */
	public List<ScorerRole> rolesOf(CurrentUser user) {
		if (!user.can(DutyPermissions.EVALUATION_SCORE)) {
			return List.of();
		}
		DataScopeKind kind = user.scope().kind();
		if (kind == DataScopeKind.OWN_RECORDS) {
			return List.of(ScorerRole.SELF);
		}
		return (kind == DataScopeKind.OWN_GROUPS) ? List.of(ScorerRole.GROUP)
				: kind.regionBound() ? List.of(ScorerRole.values()) : List.of();
	}

	/**
	 * The deputies the user marks as this scorer, with their marks so far; a deputy's
	 * sheet holds only themself.
	 */
	public Sheet sheet(CurrentUser user, long batchId, ScorerRole role, String regionCode, Long groupId, int page) {
		Evaluations.Batch batch = this.evaluations.batch(batchId);
		List<Evaluations.Dimension> items = manualItems(batchId);
		List<Map.Entry<Long, String>> people = scoredBy(user, role, batch, regionCode, groupId);
		int from = Math.min(Math.max(page, 0) * SHEET_SIZE, people.size());
		List<Map.Entry<Long, String>> shown = people.subList(from, Math.min(from + SHEET_SIZE, people.size()));
		Long[] ids = shown.stream().map(Map.Entry::getKey).toArray(Long[]::new);
		Map<Long, Map<Long, BigDecimal>> marks = new HashMap<>();
		this.jdbc.sql("""
				select m.deputy_id, m.dimension_id, m.mark from evaluation_mark m
				join evaluation_dimension d on d.id = m.dimension_id
				where d.batch_id = ? and m.role = ? and m.deputy_id = any(cast(? as bigint[]))""")
			.params(batchId, role.name(), ids)
			.query((rs, n) -> marks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
				.put(rs.getLong(2), rs.getBigDecimal(3)))
			.list();
		Set<Long> submitted = submitted(batchId, role, ids);
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<Long, String> person : shown) {
			Map<Long, BigDecimal> mine = marks.getOrDefault(person.getKey(), Map.of());
			lines.add(new Line(person.getKey(), person.getValue(),
					items.stream().map(item -> mine.get(item.id())).toList(), submitted.contains(person.getKey())));
		}
		return new Sheet(batch, role, items, lines, Math.max(page, 0), from + SHEET_SIZE < people.size());
	}

	/**
	 * The deputies the user marks as this scorer (seated in the batch's period): a deputy
	 * only themself.
	 */
	private List<Map.Entry<Long, String>> scoredBy(CurrentUser user, ScorerRole role, Evaluations.Batch batch,
			String regionCode, Long groupId) {
		if (!rolesOf(user).contains(role)) {
			throw new AccessDeniedException(DutyPermissions.EVALUATION_SCORE);
		}
		return (user.scope().kind() == DataScopeKind.OWN_RECORDS) ? self(user, batch)
				: this.evaluations.people(user, batch, regionCode, groupId);
	}

	private List<Evaluations.Dimension> manualItems(long batchId) {
		return this.evaluations.dimensions(batchId).stream().filter(Evaluations.Dimension::manual).toList();
	}

	/**
	 * Saves marks (deputy → item → mark) as the scorer, and with {@code submit} hands
	 * them in: every item must then be marked, and the marks no longer change. All or
	 * nothing.
	 * @return whether the batch became final with this submission
	 */
	@Transactional
	public boolean save(CurrentUser user, long batchId, ScorerRole role, Map<Long, Map<Long, BigDecimal>> marks,
			boolean submit) {
		this.evaluations.locked(batchId).requireOpen();
		Evaluations.Batch batch = this.evaluations.batch(batchId);
		Map<Long, String> names = new HashMap<>();
		scoredBy(user, role, batch, null, null).forEach(person -> names.put(person.getKey(), person.getValue()));
		List<Evaluations.Dimension> items = manualItems(batchId);
		Set<Long> submitted = submitted(batchId, role, marks.keySet().toArray(Long[]::new));
		for (Map.Entry<Long, Map<Long, BigDecimal>> deputy : marks.entrySet()) {
			String name = names.get(deputy.getKey());
			if (name == null) {
				throw new RuleViolationException("marks", "evaluation.deputy.outside");
			}
			if (submitted.contains(deputy.getKey())) {
				throw new RuleViolationException("marks", "evaluation.submitted", name);
			}
			for (Evaluations.Dimension item : items) {
				BigDecimal mark = deputy.getValue().get(item.id());
				if (mark != null && (mark.signum() < 0 || mark.compareTo(item.cap()) > 0 || mark.scale() > 2)) {
					throw new RuleViolationException("marks", "evaluation.mark.range", name, item.name(),
							item.cap().stripTrailingZeros().toPlainString());
				}
				if (mark == null && submit) {
					throw new RuleViolationException("marks", "evaluation.mark.missing", name, item.name());
				}
				if (mark != null) {
					mark(batchId, item.id(), deputy.getKey(), role, mark, user.id());
				}
			}
			if (submit) {
				this.jdbc.sql("""
						insert into evaluation_submission (batch_id, deputy_id, role, submitted_by) values (?, ?, ?, ?)
						on conflict do nothing""").params(batchId, deputy.getKey(), role.name(), user.id()).update();
			}
		}
		this.log.record(submit ? "duty.evaluation.submit" : "duty.evaluation.mark", "batch " + batchId,
				role + " " + marks.size() + " deputies");
		return submit && finalIfComplete(batchId);
	}

	/** Gives the mark or changes it; its history keeps the value it had. */
	private void mark(long batchId, long itemId, long deputyId, ScorerRole role, BigDecimal mark, long by) {
		Instant now = Instant.now();
		this.marks.save(this.marks.findByDimensionIdAndDeputyIdAndRole(itemId, deputyId, role)
			.map(earlier -> earlier.change(batchId, mark, by, now))
			.orElseGet(() -> EvaluationMark.give(batchId, itemId, deputyId, role, mark, by, now)));
	}

	/**
	 * Each scorer with a weight: how many of the batch's deputies they have submitted.
	 */
	public List<Progress> progress(long batchId) {
		Evaluations.Batch batch = this.evaluations.batch(batchId);
		Long[] seated = this.evaluations.seatedIn(batch, null).toArray(Long[]::new);
		return this.jdbc
			.sql("""
					select s.role, s.weight,
					       (select count(*) from evaluation_submission e
					        where e.batch_id = s.batch_id and e.role = s.role and e.deputy_id = any(cast(:seated as bigint[]))),
					       cardinality(cast(:seated as bigint[]))
					from evaluation_scorer s where s.batch_id = :batch and s.weight > 0""")
			.param("seated", seated)
			.param("batch", batchId)
			.query((rs, n) -> new Progress(ScorerRole.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getLong(3),
					rs.getLong(4)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Progress::role))
			.toList();
	}

	/**
	 * Makes the batch final when every scorer with a weight has submitted for every
	 * deputy: everyone's score is kept as it is now, and nothing changes it afterwards.
	 */
	@Transactional
	public boolean finalIfComplete(long batchId) {
		EvaluationBatch open = this.evaluations.locked(batchId);
		if (open.state() == EvaluationBatch.State.FINAL
				|| progress(batchId).stream().anyMatch(p -> p.submitted() < p.required())) {
			return false;
		}
		Evaluations.Batch batch = this.evaluations.batch(batchId);
		CurrentUser everyone = CurrentUser.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));
		List<Evaluations.Score> scores = this.scoring.score(batch, this.evaluations.dimensions(batchId),
				this.evaluations.people(everyone, batch, null, null));
		// the batch's row is locked: a racing submission waits, then finds it final
		this.batches.save(open.makeFinal(Instant.now()));
		// the whole city in one batch of statements, not one round trip a deputy
		this.results.batchUpdate("""
				insert into evaluation_result (batch_id, deputy_id, name, by_dimension, total, grade)
				values (?, ?, ?, ?, ?, ?)""",
				scores.stream()
					.map(score -> new Object[] { batchId, score.deputyId(), score.name(),
							score.byDimension().toArray(BigDecimal[]::new), score.total(), score.grade().name() })
					.toList());
		this.log.record("duty.evaluation.final", "batch " + batchId, batch.name());
		return true;
	}

	/**
	 * The administrator's 定稿: refused, with what is missing, until all have submitted.
	 */
	@Transactional
	public void makeFinal(CurrentUser user, long batchId) {
		if (!user.can(DutyPermissions.EVALUATION_EDIT)) {
			throw new AccessDeniedException(DutyPermissions.EVALUATION_EDIT);
		}
		for (Progress progress : progress(batchId)) {
			if (progress.submitted() < progress.required()) {
				throw new RuleViolationException(null, "evaluation.incomplete",
						new DefaultMessageSourceResolvable("evaluation.scorer." + progress.role()),
						progress.required() - progress.submitted());
			}
		}
		finalIfComplete(batchId);
	}

	/** A deputy's own line, if they held a seat in the period. */
	private List<Map.Entry<Long, String>> self(CurrentUser user, Evaluations.Batch batch) {
		Optional<Long> own = this.deputyAccounts.deputyOf(user.id());
		if (own.isEmpty() || !this.evaluations.seatedDuring(batch, own.get())) {
			return List.of();
		}
		return List.of(Map.entry(own.get(), this.deputyAccounts.nameOf(own.get()).orElse("")));
	}

	private Set<Long> submitted(long batchId, ScorerRole role, Long[] ids) {
		return new HashSet<>(this.jdbc.sql("""
				select deputy_id from evaluation_submission where batch_id = ? and role = ?
				  and deputy_id = any(cast(? as bigint[]))""")
			.params(batchId, role.name(), ids)
			.query(Long.class)
			.list());
	}

}
