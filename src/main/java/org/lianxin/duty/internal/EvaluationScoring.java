package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How deputies score in a batch: each dimension counts their verified records of its kind
 * (so many points a record) or weighs the scorers' marks, up to its cap; a final batch
 * answers with the scores it kept.
 */
@Component
class EvaluationScoring {

	private final JdbcClient jdbc;

	EvaluationScoring(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Scores live from the records and marks; a final batch's as they were kept.
	 */
	List<Evaluations.Score> score(Evaluations.Batch batch, List<Evaluations.Dimension> dimensions,
			List<Map.Entry<Long, String>> people) {
		if (batch.isFinal()) {
			return kept(batch, people);
		}
		Long[] ids = people.stream().map(Map.Entry::getKey).toArray(Long[]::new);
		Map<Long, Map<String, Long>> counts = recordCounts(batch, ids);
		Map<Long, Map<Long, BigDecimal>> marks = weightedMarks(batch, ids);
		List<Evaluations.Score> unranked = new ArrayList<>();
		for (Map.Entry<Long, String> person : people) {
			Map<String, Long> records = counts.getOrDefault(person.getKey(), Map.of());
			Map<Long, BigDecimal> marked = marks.getOrDefault(person.getKey(), Map.of());
			List<BigDecimal> parts = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (Evaluations.Dimension dimension : dimensions) {
				BigDecimal earned = (dimension.manual() ? marked.getOrDefault(dimension.id(), BigDecimal.ZERO)
						: dimension.points()
							.multiply(BigDecimal.valueOf(records.getOrDefault(dimension.typeCode(), 0L))))
					.min(dimension.cap());
				parts.add(earned);
				total = total.add(earned);
			}
			unranked
				.add(new Evaluations.Score(person.getKey(), person.getValue(), parts, total, batch.grade(total), 0));
		}
		return unranked;
	}

	/** Verified records per deputy and kind in the batch's period. */
	private Map<Long, Map<String, Long>> recordCounts(Evaluations.Batch batch, Long[] ids) {
		Map<Long, Map<String, Long>> counts = new HashMap<>();
		if (ids.length > 0) {
			this.jdbc.sql("""
					select x.deputy_id, t.code, count(*) from duty_record r
					join duty_record_deputy x on x.record_id = r.id join duty_record_type t on t.id = r.type_id
					where r.state = '%s' and r.occurred_on between :from and :to
					  and x.deputy_id = any(cast(:ids as bigint[]))
					group by x.deputy_id, t.code""".formatted(RecordState.VERIFIED))
				.param("from", batch.startsOn())
				.param("to", batch.endsOn())
				.param("ids", ids)
				.query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getString(2), rs.getLong(3)))
				.list();
		}
		return counts;
	}

	/**
	 * Per deputy and manual item, the scorers' marks weighted by the scorers' weights: a
	 * scorer who has not marked counts as 0.
	 */
	private Map<Long, Map<Long, BigDecimal>> weightedMarks(Evaluations.Batch batch, Long[] ids) {
		Map<Long, Map<Long, BigDecimal>> marks = new HashMap<>();
		if (ids.length > 0) {
			this.jdbc.sql("""
					select m.deputy_id, m.dimension_id,
					       round(sum(m.mark * s.weight) / nullif((select sum(weight) from evaluation_scorer
					                                              where batch_id = :batch), 0), 2)
					from evaluation_mark m join evaluation_dimension d on d.id = m.dimension_id
					join evaluation_scorer s on s.batch_id = d.batch_id and s.role = m.role
					where d.batch_id = :batch and m.deputy_id = any(cast(:ids as bigint[]))
					group by m.deputy_id, m.dimension_id""")
				.param("batch", batch.id())
				.param("ids", ids)
				.query((rs, n) -> marks.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getLong(2), (rs.getBigDecimal(3) != null) ? rs.getBigDecimal(3) : BigDecimal.ZERO))
				.list();
		}
		return marks;
	}

	/** A final batch's scores as they were kept when it became final. */
	private List<Evaluations.Score> kept(Evaluations.Batch batch, List<Map.Entry<Long, String>> people) {
		return this.jdbc.sql("""
				select deputy_id, name, by_dimension, total, grade from evaluation_result
				where batch_id = ? and deputy_id = any(cast(? as bigint[]))""")
			.params(batch.id(), people.stream().map(Map.Entry::getKey).toArray(Long[]::new))
			.query((rs, n) -> new Evaluations.Score(rs.getLong(1), rs.getString(2),
					List.of((BigDecimal[]) rs.getArray(3).getArray()), rs.getBigDecimal(4),
					Evaluations.Grade.valueOf(rs.getString(5)), 0))
			.list();
	}

	static List<Evaluations.Score> rank(List<Evaluations.Score> unranked) {
		unranked.sort((a, b) -> b.total().compareTo(a.total()));
		List<Evaluations.Score> scores = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Evaluations.Score score = unranked.get(i);
			int rank = (i > 0 && scores.get(i - 1).total().compareTo(score.total()) == 0) ? scores.get(i - 1).rank()
					: i + 1;
			scores.add(new Evaluations.Score(score.deputyId(), score.name(), score.byDimension(), score.total(),
					score.grade(), rank));
		}
		return scores;
	}

}
