package org.lianxin.statistics.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.LegislationYearFigures;
import org.lianxin.ledger.LedgerYearFigures;
import org.lianxin.opinion.OpinionYearFigures;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.FigureSet;
import org.lianxin.station.StationYearFigures;
import org.lianxin.suggestion.SuggestionYearFigures;

import org.springframework.stereotype.Component;

/**
 * Every figure the report may name, asked of the modules that own the records, by
 * placeholder key: {@code ledger.PARTY_GROUP_MEETINGS}, {@code opinion.COLLECTED},
 * {@code suggestion.rate.REPLY} and so on.
 */
@Component
class FigureSources {

	private final LedgerYearFigures ledger;

	private final OpinionYearFigures opinions;

	private final SuggestionYearFigures suggestions;

	private final StationYearFigures stations;

	private final LegislationYearFigures legislation;

	FigureSources(LedgerYearFigures ledger, OpinionYearFigures opinions, SuggestionYearFigures suggestions,
			StationYearFigures stations, LegislationYearFigures legislation) {
		this.ledger = ledger;
		this.opinions = opinions;
		this.suggestions = suggestions;
		this.stations = stations;
		this.legislation = legislation;
	}

	/** The figures of the region (and below, where the owner counts so) for the year. */
	Map<String, ReportFigure> of(CurrentUser user, String regionCode, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		Map<String, ReportFigure> figures = new LinkedHashMap<>();
		counts(figures, "ledger", this.ledger.of(regionCode, year));
		set(figures, "opinion", this.opinions.of(user, regionCode, from, to));
		set(figures, "suggestion", this.suggestions.of(user, regionCode, from, to));
		counts(figures, "station", this.stations.of(user, regionCode, from, to));
		counts(figures, "legislation", this.legislation.of(user, regionCode, year));
		return figures;
	}

	private static void set(Map<String, ReportFigure> figures, String source, FigureSet set) {
		counts(figures, source, set.counts());
		set.rates()
			.forEach(r -> figures.put(source + ".rate." + r.key(),
					new ReportFigure(source + ".rate." + r.key(), r.numerator(), r.denominator(), r.nameKey(),
							r.definitionKey(), r.numeratorPath(), r.denominatorPath())));
	}

	private static void counts(Map<String, ReportFigure> figures, String source, List<CountedFigure> counts) {
		counts.forEach(c -> figures.put(source + "." + c.key(), new ReportFigure(source + "." + c.key(), c.value(),
				null, c.nameKey(), c.definitionKey(), c.listPath(), null)));
	}

}
