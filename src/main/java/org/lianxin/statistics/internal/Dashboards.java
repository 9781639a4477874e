package org.lianxin.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.LegislationYearFigures;
import org.lianxin.opinion.OpinionDashboardFigures;
import org.lianxin.oversight.OversightYearFigures;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.FigureRow;
import org.lianxin.project.ProjectYearFigures;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.station.StationYearFigures;
import org.lianxin.suggestion.SuggestionYearFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of a division or the city: every chart asked of the module that owns its
 * records, through its API — the opinions' from their rollup, the suggestions' from their
 * tally, the rest from small counts bounded by region and year.
 */
@Service
public class Dashboards {

	private static final Set<String> SUGGESTION_STAGES = Set.of("RECEIVED", "REGISTERED", "ASSIGNED", "REPLIED",
			"CLOSED");

	private static final Set<String> SUGGESTION_RESULTS = Set.of("RESULT_A", "RESULT_B", "RESULT_C", "RESULT_D");

	private static final Set<String> LEGISLATION = Set.of("CONSULTATIONS", "OPINIONS", "REPORTED", "ADOPTED");

	private final ReportScope scope;

	private final DashboardCharts charts;

	private final OpinionDashboardFigures opinions;

	private final SuggestionYearFigures suggestions;

	private final StationYearFigures stations;

	private final ProjectYearFigures projects;

	private final OversightYearFigures oversight;

	private final LegislationYearFigures legislation;

	Dashboards(ReportScope scope, DashboardCharts charts, OpinionDashboardFigures opinions,
			SuggestionYearFigures suggestions, StationYearFigures stations, ProjectYearFigures projects,
			OversightYearFigures oversight, LegislationYearFigures legislation) {
		this.scope = scope;
		this.charts = charts;
		this.opinions = opinions;
		this.suggestions = suggestions;
		this.stations = stations;
		this.projects = projects;
		this.oversight = oversight;
		this.legislation = legislation;
	}

	/** The region's (the user's own by default) dashboard for the year (this one). */
	@Transactional(readOnly = true)
	public Dashboard of(CurrentUser user, String regionCode, Integer year, Locale locale) {
		Region region = this.scope.regionFor(user, regionCode);
		int shownYear = this.scope.yearOf(year);
		String code = region.code();
		LocalDate from = LocalDate.of(shownYear, 1, 1);
		LocalDate to = LocalDate.of(shownYear, 12, 31);
		List<CountedFigure> suggestionCounts = this.suggestions.of(user, code, from, to).counts();
		List<DashboardChart> shown = new ArrayList<>();
		shown.add(this.charts.ofRows("opinion-months", this.opinions.months(user, code, from, to), locale));
		shown.add(this.charts.ofRows("opinion-categories", this.opinions.categories(user, code, from, to), locale));
		shown.add(this.charts.ofRows("opinion-agencies", this.opinions.agencies(user, code, from, to), locale));
		shown.add(this.charts.ofRows("stations", this.stations.venues(user, code, from, to), locale));
		shown.add(this.charts.ofCounts("suggestion-stages", only(suggestionCounts, SUGGESTION_STAGES), locale));
		shown.add(this.charts.ofCounts("suggestion-results", only(suggestionCounts, SUGGESTION_RESULTS), locale));
		shown.add(this.charts.ofRows("projects", this.projects.progress(user, code, shownYear), locale));
		shown.add(this.charts.ofCounts("oversight", this.oversight.of(user, code, shownYear), locale));
		shown.add(this.charts.ofCounts("legislation", only(this.legislation.of(user, code, shownYear), LEGISLATION),
				locale));
		if (region.level() == RegionLevel.CITY) {
			shown.add(this.charts.ofRows("divisions", divisions(user, code, from, to), locale));
		}
		return new Dashboard(region, shownYear, shown);
	}

	/**
	 * The city's divisions side by side: opinions collected, closed and solved (from the
	 * rollup, at once), suggestions received and station sessions (a tally and a ledger
	 * sum per division).
	 */
	private List<FigureRow> divisions(CurrentUser user, String cityCode, LocalDate from, LocalDate to) {
		return this.opinions.divisions(user, cityCode, from, to).stream().map(division -> {
			List<CountedFigure> counts = new ArrayList<>();
			division.counts().forEach(c -> counts.add(renamed(c, "OPINIONS_" + c.key())));
			counts.add(renamed(pick(this.suggestions.of(user, division.key(), from, to).counts(), "RECEIVED"),
					"SUGGESTIONS_RECEIVED"));
			counts.add(renamed(pick(this.stations.of(user, division.key(), from, to), "SESSIONS"), "STATION_SESSIONS"));
			return FigureRow.of(division.key(), division.label(), counts);
		}).toList();
	}

	private static CountedFigure renamed(CountedFigure figure, String key) {
		return new CountedFigure(key, figure.value(), "statistics.dashboard.division." + key, null, figure.listPath());
	}

	private static CountedFigure pick(List<CountedFigure> figures, String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	private static List<CountedFigure> only(List<CountedFigure> figures, Set<String> keys) {
		return figures.stream().filter(f -> keys.contains(f.key())).toList();
	}

}
