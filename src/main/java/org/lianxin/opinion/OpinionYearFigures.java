package org.lianxin.opinion;

import java.time.LocalDate;
import java.util.Arrays;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionStatistics;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.CountedRate;
import org.lianxin.platform.statistics.FigureSet;

import org.springframework.stereotype.Service;

/**
 * The figures of the opinions (民情民意) for other modules' reports: the same counts and
 * rates as the opinion statistics page, each opening its cases in the case list.
 */
@Service
public class OpinionYearFigures {

	private final OpinionStatistics statistics;

	OpinionYearFigures(OpinionStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The cases of the region (and below) in the user's scope collected in the period.
	 */
	public FigureSet of(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		OpinionStatistics.Report report = this.statistics.report(user, regionCode, from, to);
		String period = "&region=" + regionCode + "&from=" + from + "&to=" + to;
		return new FigureSet(
				Arrays.stream(Figure.values())
					.map(f -> new CountedFigure(f.name(), report.figures().get(f), "figure." + f, null,
							"/opinions?figure=" + f + period))
					.toList(),
				report.rates()
					.stream()
					.map(r -> new CountedRate(r.rate().name(), r.numerator(), r.denominator(), "rate." + r.rate(),
							"rate." + r.rate() + ".definition", "/opinions?figure=" + r.rate().numerator() + period,
							"/opinions?figure=" + r.rate().denominator() + period))
					.toList());
	}

}
