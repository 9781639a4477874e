package org.lianxin.opinion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.internal.OpinionScope;
import org.lianxin.platform.statistics.Percentages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures a region reports for a period (DESIGN §5), counted in one pass over the
 * cases in the user's scope, each by its {@link Figure} definition, so that every number
 * can be opened to the list of cases behind it.
 */
@Service
public class OpinionStatistics {

	private final JdbcClient jdbc;

	OpinionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A rate with what it is made of.
	 *
	 * @param percent one decimal, or {@code null} when the denominator is zero
	 */
	public record RateValue(Rate rate, long numerator, long denominator, BigDecimal percent) {
	}

	/** The figures and rates of a region (and below) for a period. */
	public record Report(String regionCode, LocalDate from, LocalDate to, Map<Figure, Long> figures,
			List<RateValue> rates) {
	}

	public Report report(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition scope = OpinionScope.of(user);
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		where.add(scope.sql());
		Map<String, Object> params = new java.util.HashMap<>(scope.params());
		if (regionCode != null && !regionCode.isBlank()) {
			where.add("o.region_code in (select code from region_view where path like "
					+ "(select path from region_view where code = :regionCode) || '%')");
			params.put("regionCode", regionCode);
		}
		if (from != null) {
			where.add("o.collected_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.add("o.collected_on <= :to");
			params.put("to", to);
		}
		String counts = Percentages.countsOf(java.util.Arrays.stream(Figure.values()).map(Figure::condition).toList());
		Map<Figure, Long> figures = new EnumMap<>(Figure.class);
		this.jdbc.sql("select " + counts + " from opinion o" + where).params(params).query((rs, n) -> {
			for (Figure figure : Figure.values()) {
				figures.put(figure, rs.getLong(figure.ordinal() + 1));
			}
			return figures;
		}).single();
		List<RateValue> rates = java.util.Arrays.stream(Rate.values()).map(rate -> {
			long numerator = figures.get(rate.numerator());
			long denominator = figures.get(rate.denominator());
			return new RateValue(rate, numerator, denominator, Percentages.of(numerator, denominator));
		}).toList();
		return new Report(regionCode, from, to, figures, rates);
	}

}
