package org.lianxin.opinion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.statistics.Percentages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures a region reports for a period (DESIGN §5), each by its {@link Figure}
 * definition, so that every number can be opened to the list of cases behind it: added up
 * from the rollup the module keeps per region and day ({@link OpinionRollup}) when the
 * user's scope is a set of regions, else counted in one pass over the user's cases.
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
		Map<Figure, Long> figures = figures(user, regionCode, from, to, user.scope().kind().regionBound());
		List<RateValue> rates = java.util.Arrays.stream(Rate.values()).map(rate -> {
			long numerator = figures.get(rate.numerator());
			long denominator = figures.get(rate.denominator());
			return new RateValue(rate, numerator, denominator, Percentages.of(numerator, denominator));
		}).toList();
		return new Report(regionCode, from, to, figures, rates);
	}

	/**
	 * The figures added up from the rollup (a scope of regions: it is kept per region and
	 * day) or counted from the cases (an agency's or a person's own cases).
	 */
	Map<Figure, Long> figures(CurrentUser user, String regionCode, LocalDate from, LocalDate to, boolean rolledUp) {
		SqlCondition scope = rolledUp ? user.scope().restrict("r.region_code", null, null) : OpinionScope.of(user);
		String region = rolledUp ? "r.region_code" : "o.region_code";
		String day = rolledUp ? "r.day" : "o.collected_on";
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		where.add(scope.sql());
		Map<String, Object> params = new java.util.HashMap<>(scope.params());
		if (regionCode != null && !regionCode.isBlank()) {
			where.add(region + " in (select code from region_view where path like "
					+ "(select path from region_view where code = :regionCode) || '%')");
			params.put("regionCode", regionCode);
		}
		if (from != null) {
			where.add(day + " >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.add(day + " <= :to");
			params.put("to", to);
		}
		String counts = rolledUp
				? OpinionRollup.COLUMNS.stream()
					.map(c -> "coalesce(sum(r." + c + "), 0)")
					.collect(java.util.stream.Collectors.joining(", "))
				: Percentages.countsOf(java.util.Arrays.stream(Figure.values()).map(Figure::condition).toList());
		String table = rolledUp ? " from opinion_rollup r" : " from opinion o";
		Map<Figure, Long> figures = new EnumMap<>(Figure.class);
		this.jdbc.sql("select " + counts + table + where).params(params).query((rs, n) -> {
			for (Figure figure : Figure.values()) {
				figures.put(figure, rs.getLong(figure.ordinal() + 1));
			}
			return figures;
		}).single();
		return figures;
	}

}
