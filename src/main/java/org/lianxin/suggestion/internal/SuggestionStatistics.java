package org.lianxin.suggestion.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.statistics.Percentages;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures a congress office reports (DESIGN §5), each by its {@link SuggestionFigure}
 * definition, so that every number opens the list behind it: added up from the tally
 * where it can answer the filter ({@link TallyWhere}), else counted in one pass over the
 * suggestions in the user's scope and filter.
 */
@Service
public class SuggestionStatistics {

	/** Every figure counted over the suggestions, by its condition. */
	private static final String COUNTED = Percentages
		.countsOf(Arrays.stream(SuggestionFigure.values()).map(SuggestionFigure::condition).toList());

	/** Every figure added up from the tally's lead rows (one per suggestion). */
	private static final String TALLIED = Arrays.stream(SuggestionFigure.values())
		.map(figure -> "coalesce(sum(t." + TallyCount.of(figure).column() + "), 0)")
		.collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	SuggestionStatistics(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** A rate with what it is made of; the percent is {@code null} over zero. */
	public record RateValue(SuggestionRate rate, long numerator, long denominator, BigDecimal percent) {
	}

	public record Report(SuggestionFilter filter, Map<SuggestionFigure, Long> figures, List<RateValue> rates) {
	}

	public Report report(CurrentUser user, SuggestionFilter filter) {
		Optional<SqlCondition> tallied = TallyWhere.of(user, filter);
		SqlCondition where = tallied.orElseGet(() -> SuggestionConditions.of(user, filter, this.calendar.today()));
		String sql = tallied.isPresent() ? "select " + TALLIED + " from suggestion_tally t where t.lead and "
				: "select " + COUNTED + " from suggestion s where ";
		Map<SuggestionFigure, Long> figures = new EnumMap<>(SuggestionFigure.class);
		this.jdbc.sql(sql + where.sql()).params(where.params()).query((rs, n) -> {
			for (SuggestionFigure figure : SuggestionFigure.values()) {
				figures.put(figure, rs.getLong(figure.ordinal() + 1));
			}
			return figures;
		}).single();
		List<RateValue> rates = Arrays.stream(SuggestionRate.values()).map(rate -> {
			long numerator = figures.get(rate.numerator());
			long denominator = figures.get(rate.denominator());
			return new RateValue(rate, numerator, denominator, Percentages.of(numerator, denominator));
		}).toList();
		return new Report(filter, figures, rates);
	}

}
