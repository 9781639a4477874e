package org.lianxin.suggestion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lianxin.platform.statistics.CountBits;

/**
 * One count the tally keeps per suggestion: every {@link SuggestionFigure} (in its order,
 * by its own condition), then the two the league table needs besides them.
 *
 * @param column the column of {@code suggestion_tally} holding it
 * @param condition the SQL condition on {@code suggestion s}; a constant, never input
 */
record TallyCount(String column, String condition) {

	/** 办理工作满意: the lead deputy did not find the handling 不满意 (latest round). */
	static final TallyCount HANDLING_CONTENT = new TallyCount("handling_content",
			"exists (select 1 from suggestion_rating r where r.suggestion_id = s.id and r.deputy_id = s.lead_deputy_id"
					+ " and r.handling_round = s.handling_round and r.handling <> 'UNSATISFIED')");

	/** 办理结果满意: the lead deputy did not find the result 不满意 (latest round). */
	static final TallyCount RESULT_CONTENT = new TallyCount("result_content",
			"exists (select 1 from suggestion_rating r where r.suggestion_id = s.id and r.deputy_id = s.lead_deputy_id"
					+ " and r.handling_round = s.handling_round and r.result <> 'UNSATISFIED')");

	/** Every count, figures first: a count's place is its bit in an entry. */
	static final List<TallyCount> ALL = all();

	static TallyCount of(SuggestionFigure figure) {
		return ALL.get(figure.ordinal());
	}

	/** The bits of the counts a suggestion is in, as one SQL expression on {@code s}. */
	static String bits() {
		return CountBits.of(ALL.stream().map(TallyCount::condition).toList());
	}

	private static List<TallyCount> all() {
		List<TallyCount> counts = new ArrayList<>();
		for (SuggestionFigure figure : SuggestionFigure.values()) {
			counts.add(new TallyCount(figure.name().toLowerCase(Locale.ROOT), figure.condition()));
		}
		counts.add(HANDLING_CONTENT);
		counts.add(RESULT_CONTENT);
		return List.copyOf(counts);
	}

}
