package org.lianxin.suggestion;

import java.time.LocalDate;
import java.util.Arrays;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.CountedRate;
import org.lianxin.platform.statistics.FigureSet;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionStatistics;

import org.springframework.stereotype.Service;

/**
 * The figures of the deputies' suggestions for other modules' reports: the same counts
 * and rates as the suggestion figures page, each opening its suggestions in the list.
 */
@Service
public class SuggestionYearFigures {

	private final SuggestionStatistics statistics;

	SuggestionYearFigures(SuggestionStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The suggestions of the region (and below) in the user's scope filed in the period.
	 */
	public FigureSet of(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SuggestionStatistics.Report report = this.statistics.report(user,
				SuggestionFilter.of(regionCode, null, null, null, from, to));
		String period = "&region=" + regionCode + "&from=" + from + "&to=" + to;
		return new FigureSet(
				Arrays.stream(SuggestionFigure.values())
					.map(f -> new CountedFigure(f.name(), report.figures().get(f), "suggestion.figure." + f, null,
							"/suggestions?figure=" + f + period))
					.toList(),
				report.rates()
					.stream()
					.map(r -> new CountedRate(r.rate().name(), r.numerator(), r.denominator(),
							"suggestion.rate." + r.rate() + ".name", "suggestion.rate." + r.rate() + ".definition",
							"/suggestions?figure=" + r.rate().numerator() + period,
							"/suggestions?figure=" + r.rate().denominator() + period))
					.toList());
	}

}
