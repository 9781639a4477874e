package org.lianxin.station;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.FigureRow;
import org.lianxin.station.internal.ReceptionLedger;

import org.springframework.stereotype.Service;

/**
 * The stations' year for other modules' reports (the year-end work report): the liaison
 * stations of a region and the station activity ledger's totals, each opening the venues
 * or the ledger rows it adds up.
 */
@Service
public class StationYearFigures {

	private final VenueRegistry venues;

	private final ReceptionLedger ledger;

	StationYearFigures(VenueRegistry venues, ReceptionLedger ledger) {
		this.venues = venues;
		this.ledger = ledger;
	}

	/**
	 * The liaison stations of the region (and below) in the user's scope, and what their
	 * venues recorded in the period.
	 */
	public List<CountedFigure> of(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		List<ReceptionLedger.VenueCount> counts = this.ledger.counts(user, regionCode, from, to);
		String ledgerPath = "/venues/ledger?region=" + regionCode + "&from=" + from + "&to=" + to;
		return List.of(
				new CountedFigure("LIAISON_STATIONS",
						this.venues.list(user, regionCode, VenueKind.LIAISON_STATION, "").size(),
						"VenueKind.LIAISON_STATION", null, "/venues?region=" + regionCode + "&kind=LIAISON_STATION"),
				sum("SESSIONS", "reception.sessions", counts, ReceptionLedger.VenueCount::sessions, ledgerPath),
				sum("PEOPLE", "reception.people", counts, ReceptionLedger.VenueCount::people, ledgerPath),
				sum("DEPUTY_VISITS", "reception.visits", counts, ReceptionLedger.VenueCount::deputyVisits, ledgerPath),
				sum("OPINIONS", "reception.opinions", counts, ReceptionLedger.VenueCount::opinions, ledgerPath),
				sum("ACTIVITIES", "station-activity.ledger.VILLAGE_VISIT", counts,
						c -> c.villageVisits() + c.legalConsultations(), ledgerPath),
				sum("PEOPLE_SERVED", "station-activity.people", counts, ReceptionLedger.VenueCount::peopleServed,
						ledgerPath));
	}

	/**
	 * Each venue's activity in the period, side by side: 进站活动, 接待人次 and the opinions
	 * collected, each opening the ledger the venue's row is in; venues with none left
	 * out.
	 */
	public List<FigureRow> venues(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		String ledgerPath = "/venues/ledger?region=" + regionCode + "&from=" + from + "&to=" + to;
		return this.ledger.counts(user, regionCode, from, to)
			.stream()
			.filter(c -> c.sessions() + c.people() + c.opinions() > 0)
			.map(c -> FigureRow.of(Long.toString(c.venueId()), c.venueName(),
					List.of(new CountedFigure("SESSIONS", c.sessions(), "reception.sessions", null, ledgerPath),
							new CountedFigure("PEOPLE", c.people(), "reception.people", null, ledgerPath),
							new CountedFigure("OPINIONS", c.opinions(), "reception.opinions", null, ledgerPath))))
			.toList();
	}

	private static CountedFigure sum(String key, String nameKey, List<ReceptionLedger.VenueCount> counts,
			ToLongFunction<ReceptionLedger.VenueCount> column, String path) {
		return new CountedFigure(key, counts.stream().mapToLong(column).sum(), nameKey, null, path);
	}

}
