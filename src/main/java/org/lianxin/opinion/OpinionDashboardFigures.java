package org.lianxin.opinion;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionBreakdowns;
import org.lianxin.opinion.internal.Rate;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.CountedRate;
import org.lianxin.platform.statistics.FigureRow;

import org.springframework.stereotype.Service;

/**
 * The opinions' figures broken down for other modules' dashboards — per month, per
 * category, per lead agency, per division — each count opening its cases in the case
 * list, with the same definitions as {@link OpinionYearFigures}.
 */
@Service
public class OpinionDashboardFigures {

	private final OpinionBreakdowns breakdowns;

	OpinionDashboardFigures(OpinionBreakdowns breakdowns) {
		this.breakdowns = breakdowns;
	}

	/** Collected, closed and solved per month of the period (months with cases only). */
	public List<FigureRow> months(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		return this.breakdowns.months(user, regionCode, from, to).stream().map(m -> {
			LocalDate first = from.withMonth(m.month()).withDayOfMonth(1);
			String period = "&region=" + regionCode + "&from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
			return FigureRow.of(Integer.toString(m.month()), first.toString().substring(0, 7),
					List.of(count(Figure.COLLECTED, m.collected(), period), count(Figure.CLOSED, m.closed(), period),
							count(Figure.RESOLVED, m.resolved(), period)));
		}).toList();
	}

	/** Cases collected per category, the largest first. */
	public List<FigureRow> categories(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		String period = period(regionCode, from, to);
		return this.breakdowns.categories(user, regionCode, from, to)
			.stream()
			.map(c -> FigureRow.of(Long.toString(c.categoryId()), c.name(),
					List.of(count(Figure.COLLECTED, c.collected(), "&category=" + c.categoryId() + period))))
			.toList();
	}

	/** Per lead agency: the on-time closing rate and the satisfaction rate. */
	public List<FigureRow> agencies(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		String period = period(regionCode, from, to);
		return this.breakdowns.agencies(user, regionCode, from, to).stream().map(a -> {
			String filter = "&agency=" + a.agencyId() + period;
			return new FigureRow(Long.toString(a.agencyId()), a.name(), List.of(),
					List.of(rate(Rate.ON_TIME, a.closedOnTime(), a.closed(), filter),
							rate(Rate.SATISFACTION, a.content(), a.rated(), filter)));
		}).toList();
	}

	/** The region's divisions side by side: collected, closed and solved. */
	public List<FigureRow> divisions(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		return this.breakdowns.divisions(user, regionCode, from, to).stream().map(d -> {
			String period = period(d.regionCode(), from, to);
			return FigureRow.of(d.regionCode(), d.name(), List.of(count(Figure.COLLECTED, d.collected(), period),
					count(Figure.CLOSED, d.closed(), period), count(Figure.RESOLVED, d.resolved(), period)));
		}).toList();
	}

	private static String period(String regionCode, LocalDate from, LocalDate to) {
		return "&region=" + regionCode + "&from=" + from + "&to=" + to;
	}

	private static CountedFigure count(Figure figure, long value, String filter) {
		return new CountedFigure(figure.name(), value, "figure." + figure, null, "/opinions?figure=" + figure + filter);
	}

	private static CountedRate rate(Rate rate, long numerator, long denominator, String filter) {
		return new CountedRate(rate.name(), numerator, denominator, "rate." + rate, "rate." + rate + ".definition",
				"/opinions?figure=" + rate.numerator() + filter, "/opinions?figure=" + rate.denominator() + filter);
	}

}
