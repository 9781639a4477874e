package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionManagement;
import org.lianxin.platform.database.Failures;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance evaluation (履职考评) scored from the records themselves: each dimension counts
 * a deputy's verified duty records of one kind in the batch's period, so many points a
 * record, up to its cap; the total gives the grade (优秀/称职/基本称职/不称职) and the rank. Every
 * point can be traced to the records that earned it.
 */
@Service
public class Evaluations {

	private final JdbcClient jdbc;

	private final DeputyList deputies;

	private final OperationLog log;

	private final RegionManagement regions;

	private final EvaluationBatchRepository batchRepository;

	private final EvaluationScoring scoring;

	Evaluations(JdbcClient jdbc, EvaluationBatchRepository batchRepository, EvaluationScoring scoring,
			DeputyList deputies, OperationLog log, RegionManagement regions) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.batchRepository = batchRepository;
		this.regions = regions;
		this.deputies = deputies;
		this.log = log;
	}

	/** The grades, best first. */
	public enum Grade {

		EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT

	}

	public record Batch(long id, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal excellentMin,
			BigDecimal competentMin, BigDecimal basicMin, boolean isFinal) {

		Grade grade(BigDecimal total) {
			if (total.compareTo(this.excellentMin) >= 0) {
				return Grade.EXCELLENT;
			}
			if (total.compareTo(this.competentMin) >= 0) {
				return Grade.COMPETENT;
			}
			return (total.compareTo(this.basicMin) >= 0) ? Grade.BASICALLY_COMPETENT : Grade.INCOMPETENT;
		}

	}

	/**
	 * What is scored: verified records of one kind, so many points each up to the cap;
	 * or, when manual, the scorers' weighted marks up to the cap.
	 */
	public record Dimension(long id, String name, String typeCode, BigDecimal points, BigDecimal cap, boolean manual) {
	}

	/**
	 * A deputy's score: per dimension, the total, the grade and the rank among those
	 * scored.
	 */
	public record Score(long deputyId, String name, List<BigDecimal> byDimension, BigDecimal total, Grade grade,
			int rank) {
	}

	/** The batch, its dimensions and everyone's score, best first. */
	public record Result(Batch batch, List<Dimension> dimensions, List<Score> scores) {
	}

	public List<Batch> batches() {
		return this.jdbc.sql("""
				select id, name, starts_on, ends_on, excellent_min, competent_min, basic_min, final as is_final
				from evaluation_batch order by starts_on desc, id desc""").query(Batch.class).list();
	}

	public Batch batch(long id) {
		return this.jdbc.sql("""
				select id, name, starts_on, ends_on, excellent_min, competent_min, basic_min, final as is_final
				from evaluation_batch where id = ?""")
			.param(id)
			.query(Batch.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("evaluation batch " + id));
	}

	/**
	 * The batch as an aggregate, its row locked until the transaction ends, so that it
	 * cannot become final half-way through a change.
	 */
	EvaluationBatch locked(long batchId) {
		return this.batchRepository.findLockedById(batchId)
			.orElseThrow(() -> new NotFoundException("evaluation batch " + batchId));
	}

	public List<Dimension> dimensions(long batchId) {
		return this.jdbc.sql("""
				select d.id, d.name, t.code as type_code, d.points, d.cap, d.manual from evaluation_dimension d
				left join duty_record_type t on t.id = d.type_id where d.batch_id = ? order by d.sort_order, d.id""")
			.param(batchId)
			.query(Dimension.class)
			.list();
	}

	/**
	 * A new batch for a period with the usual dimensions (meetings, inspections,
	 * suggestions, contacting voters, group activities, training, reporting to voters),
	 * scored live from the verified records, one manual item (综合评价) and the usual
	 * scorers' weights; the administrator changes them until the batch is final.
	 */
	@Transactional
	public long create(String name, LocalDate startsOn, LocalDate endsOn) {
		long id;
		try {
			id = this.batchRepository.save(EvaluationBatch.open(name, startsOn, endsOn)).id();
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, DuplicateKeyException.class)) {
				throw ex;
			}
			throw new RuleViolationException("name", "evaluation.name.taken", name.strip());
		}
		Object[][] usual = { { "出席会议", "MEETING", 10, 20 }, { "视察调研", "INSPECTION", 5, 15 },
				{ "议案建议", "BILL_OR_SUGGESTION", 5, 15 }, { "联系群众", "CONTACTING_VOTERS", 2, 20 },
				{ "小组活动", "GROUP_ACTIVITY", 2, 10 }, { "学习培训", "TRAINING", 2, 10 },
				{ "向选民述职", "REPORTING_TO_VOTERS", 10, 10 } };
		int order = 10;
		for (Object[] dimension : usual) {
			this.jdbc.sql("""
					insert into evaluation_dimension (batch_id, name, type_id, points, cap, sort_order)
					select ?, ?, id, ?, ?, ? from duty_record_type where code = ?""")
				.params(id, dimension[0], dimension[2], dimension[3], order, dimension[1])
				.update();
			order += 10;
		}
		this.jdbc.sql("""
				insert into evaluation_dimension (batch_id, name, type_id, points, cap, sort_order, manual)
				values (?, '综合评价', null, 20, 20, ?, true)""").params(id, order).update();
		for (ScorerRole role : ScorerRole.values()) {
			this.jdbc.sql("insert into evaluation_scorer (batch_id, role, weight) values (?, ?, ?)")
				.params(id, role.name(), role.usualWeight())
				.update();
		}
		this.log.record("duty.evaluation.create", "batch " + id, name.strip());
		return id;
	}

	/**
	 * Everyone's score among the deputies the user's scope reaches (in the region or the
	 * group, when given) who held a seat during the batch's period, best first; equal
	 * totals share a rank, so that a filter gives the ranks within a region or a group.
	 */
	public Result scores(CurrentUser user, long batchId, String regionCode, Long groupId) {
		Batch batch = batch(batchId);
		List<Dimension> dimensions = dimensions(batchId);
		return new Result(batch, dimensions, EvaluationScoring
			.rank(this.scoring.score(batch, dimensions, people(user, batch, regionCode, groupId))));
	}

	/**
	 * The deputies (id and name) the user's scope reaches, in the region or group when
	 * given, who held a seat during the batch's period; for an office, a seat in its
	 * regions during the period (not one a deputy has since left for another district).
	 */
	List<Map.Entry<Long, String>> people(CurrentUser user, Batch batch, String regionCode, Long groupId) {
		Map<Long, List<String>> seats = seatRegionsIn(batch, groupId);
		Map<String, String> paths = new HashMap<>();
		this.regions.all().forEach(region -> paths.put(region.code(), region.path()));
		boolean byRegion = user.scope().kind().regionBound();
		return this.deputies.listAll(user, new DeputyQuery(regionCode, null, null, "", "", 0, DeputyQuery.MAX_SIZE))
			.stream()
			.filter(row -> seats.containsKey(row.id()) && (!byRegion
					|| seats.get(row.id()).stream().anyMatch(code -> user.scope().coversRegion(code, paths.get(code)))))
			.map(row -> Map.entry(row.id(), row.name()))
			.toList();
	}

	/**
	 * Everyone who held a seat during the period, also those whose seat has ended since;
	 * only the group's seats when a group is given.
	 */
	List<Long> seatedIn(Batch batch, Long groupId) {
		return List.copyOf(seatRegionsIn(batch, groupId).keySet());
	}

	/** Whether the deputy held a seat during the batch's period. */
	boolean seatedDuring(Batch batch, long deputyId) {
		return this.jdbc.sql("""
				select exists (select 1 from deputy_seat_view
				               where deputy_id = ? and started_on <= ? and (ended_on is null or ended_on >= ?))""")
			.params(deputyId, batch.endsOn(), batch.startsOn())
			.query(Boolean.class)
			.single();
	}

	/** The same, with the regions of the seats each held during the period. */
	private Map<Long, List<String>> seatRegionsIn(Batch batch, Long groupId) {
		Map<Long, List<String>> seats = new HashMap<>();
		this.jdbc.sql("""
				select deputy_id, region_code from deputy_seat_view
				where started_on <= ? and (ended_on is null or ended_on >= ?)
				  and (cast(? as bigint) is null or group_id = ?)""")
			.params(batch.endsOn(), batch.startsOn(), groupId, groupId)
			.query((rs, n) -> seats.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return seats;
	}

	/**
	 * One deputy's own score in the batch (for "my duties"), unranked; none in a final
	 * batch that did not score them.
	 */
	public Optional<Score> scoreOf(long batchId, long deputyId, String name) {
		Batch batch = batch(batchId);
		return this.scoring.score(batch, dimensions(batchId), List.of(Map.entry(deputyId, name))).stream().findFirst();
	}

	/** A deputy's results in final batches, newest first: their history across years. */
	public record Kept(long batchId, String batchName, LocalDate endsOn, BigDecimal total, Grade grade) {
	}

	public List<Kept> historyOf(long deputyId) {
		return this.jdbc.sql("""
				select b.id as batch_id, b.name as batch_name, b.ends_on, r.total, r.grade
				from evaluation_result r join evaluation_batch b on b.id = r.batch_id
				where r.deputy_id = ? order by b.ends_on desc""").param(deputyId).query(Kept.class).list();
	}

	/** The newest batch whose period has begun by the day, if any. */
	public Optional<Batch> current(LocalDate day) {
		return batches().stream().filter(b -> !b.startsOn().isAfter(day)).findFirst();
	}

	/**
	 * The deputy's verified records that each dimension of the batch counts, by dimension
	 * id, oldest first: the records behind their score on "my duties". A dimension that
	 * counts none is absent.
	 */
	public Map<Long, List<CountedRecord>> countedRecords(long batchId, long deputyId) {
		return this.jdbc.sql("""
				select d.id as dimension_id, r.id as record_id, r.occurred_on, r.title
				from evaluation_batch b join evaluation_dimension d on d.batch_id = b.id
				join duty_record_deputy x on x.deputy_id = :deputy
				join duty_record r on r.id = x.record_id and r.type_id = d.type_id
				where b.id = :batch and r.state = '%s' and r.occurred_on between b.starts_on and b.ends_on
				  and (b.final_at is null or r.verified_at <= b.final_at)
				order by r.occurred_on, r.id""".formatted(RecordState.VERIFIED))
			.param("batch", batchId)
			.param("deputy", deputyId)
			.query(CountedRecord.class)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(CountedRecord::dimensionId));
	}

}
