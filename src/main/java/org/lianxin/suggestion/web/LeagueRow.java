package org.lianxin.suggestion.web;

import java.math.BigDecimal;

import org.lianxin.suggestion.internal.AgencyLeague;
import org.lianxin.suggestion.internal.SuggestionFilter;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A league line as the page prints it, worked out once in Java: a city's table has
 * hundreds of lines, and evaluating each cell's expressions in the template took longer
 * than the query behind the whole table.
 */
record LeagueRow(long agencyId, String name, long led, long coHandled, String onTime, String handling, String result,
		String leadList) {

	static LeagueRow of(AgencyLeague.Line line, SuggestionFilter filter) {
		return new LeagueRow(line.agencyId(), line.name(), line.led(), line.coHandled(),
				(line.onTimeRate() != null)
						? line.onTimeRate() + "%（" + line.closedOnTime() + "/" + line.closed() + "）" : "—",
				percent(line.handlingSatisfaction()), percent(line.resultSatisfaction()),
				UriComponentsBuilder.fromPath("/suggestions")
					.queryParam("agency", line.agencyId())
					.queryParamIfPresent("region", java.util.Optional.ofNullable(filter.regionCode()))
					.queryParamIfPresent("congress", java.util.Optional.ofNullable(filter.congressId()))
					.queryParamIfPresent("from", java.util.Optional.ofNullable(filter.from()))
					.queryParamIfPresent("to", java.util.Optional.ofNullable(filter.to()))
					.encode()
					.toUriString());
	}

	private static String percent(BigDecimal value) {
		return (value != null) ? value + "%" : "—";
	}

}
