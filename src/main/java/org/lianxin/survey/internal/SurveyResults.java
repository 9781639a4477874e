package org.lianxin.survey.internal;

import org.lianxin.survey.SurveyScale;
import org.lianxin.survey.SurveyItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A closed survey's count: per item the answers with counts and rates, its score, and the
 * turnout. Nothing is counted before the survey closes, and no breakdown is given below
 * the survey's minimum count (a handful of ballots would say who voted how).
 */
@Component
public class SurveyResults {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final BallotBox box;

	SurveyResults(JdbcClient jdbc, BallotBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	/** How many ballots gave an answer, and their share in percent. */
	public record AnswerCount(int answer, long count, BigDecimal rate) {
	}

	/**
	 * One item's count.
	 *
	 * @param score the share satisfied (满意 and 基本满意), the mean of a 1–5 scale as a share
	 * of 5, or the share choosing it, in percent
	 * @param belowThreshold whether the score is under the survey's 整改 threshold
	 */
	public record ItemResult(int position, String label, Long agencyId, List<AnswerCount> answers, BigDecimal score,
			boolean belowThreshold) {
	}

	/**
	 * @param counted whether the survey is closed (nothing is shown before)
	 * @param breakdown whether there are enough ballots to show how they answered
	 */
	public record Results(boolean counted, boolean breakdown, long ballots, long voted, long electorate,
			BigDecimal turnout, BigDecimal score, List<ItemResult> items) {
	}

	Results of(Survey survey) {
		if (survey.state() != SurveyState.CLOSED) {
			return new Results(false, false, 0, 0, 0, null, null, List.of());
		}
		long voted = this.box.voted(survey.id());
		long electorate = (survey.electorateSize() != null) ? survey.electorateSize() : 0;
		Map<Integer, Map<Integer, Long>> counts = new HashMap<>();
		this.jdbc.sql("""
				with ballot as (select answers from survey_ballot where survey_id = :survey
				                union all %s)
				select p.position, b.answers[p.position + 1] as answer, count(*) as n
				from ballot b cross join generate_series(0, :items - 1) as p (position)
				group by 1, 2""".formatted(PaperBallots.AGREED))
			.param("survey", survey.id())
			.param("items", survey.items().size())
			.query((rs, n) -> counts.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
				.put(rs.getInt(2), rs.getLong(3)))
			.list();
		long ballots = counts.getOrDefault(0, Map.of()).values().stream().mapToLong(Long::longValue).sum();
		boolean breakdown = ballots >= survey.minCount();
		List<ItemResult> items = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int position = 0; position < survey.items().size(); position++) {
			SurveyItem item = survey.items().get(position);
			Map<Integer, Long> itemCounts = counts.getOrDefault(position, Map.of());
			List<AnswerCount> answers = new ArrayList<>();
			for (int answer : survey.scale().answers()) {
				long count = itemCounts.getOrDefault(answer, 0L);
				answers.add(new AnswerCount(answer, count, percent(count, ballots)));
			}
			BigDecimal score = score(survey.scale(), itemCounts, ballots);
			total = total.add(score);
			boolean below = breakdown && survey.rectifyBelow() != null && score.compareTo(survey.rectifyBelow()) < 0;
			items.add(new ItemResult(position, item.label(), item.agencyId(), breakdown ? answers : List.of(),
					breakdown ? score : null, below));
		}
		BigDecimal overall = (breakdown && !items.isEmpty())
				? total.divide(BigDecimal.valueOf(items.size()), 1, RoundingMode.HALF_UP) : null;
		return new Results(true, breakdown, ballots, voted, electorate, percent(voted, electorate), overall, items);
	}

	private static BigDecimal score(SurveyScale scale, Map<Integer, Long> counts, long ballots) {
		return switch (scale) {
			case SATISFACTION -> percent(counts.getOrDefault(1, 0L) + counts.getOrDefault(2, 0L), ballots);
			case CHOICE -> percent(counts.getOrDefault(1, 0L), ballots);
			case FIVE_POINT ->
				percent(counts.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum(), ballots * 5);
		};
	}

	static BigDecimal percent(long part, long whole) {
		return (whole == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
