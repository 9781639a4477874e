package org.lianxin.oversight;

import java.util.ArrayList;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.CourtQueries;
import org.lianxin.oversight.internal.IssueItemQueries;
import org.lianxin.oversight.internal.IssueState;
import org.lianxin.platform.statistics.CountedFigure;

import org.springframework.stereotype.Service;

/**
 * Oversight's year for other modules' dashboards: the court hearings deputies observed,
 * the inspections the region's office held, and the issue items by where they stand, each
 * the count of the list it opens.
 */
@Service
public class OversightYearFigures {

	private final CourtQueries courts;

	private final IssueItemQueries items;

	private final OversightCounts activities;

	OversightYearFigures(CourtQueries courts, IssueItemQueries items, OversightCounts activities) {
		this.courts = courts;
		this.items = items;
		this.activities = activities;
	}

	/**
	 * Observed hearings and attendances of the user's scope in the year, the region's own
	 * inspections held in the year, then the scope's issue items per state (of every
	 * year, as their list shows them).
	 */
	public List<CountedFigure> of(CurrentUser user, String regionCode, int year) {
		List<CourtQueries.CourtCount> observed = this.courts.countsOf(user, year);
		String hearings = "/court-observations?year=" + year;
		List<CountedFigure> figures = new ArrayList<>();
		figures.add(new CountedFigure("COURT_HEARINGS",
				observed.stream().mapToLong(CourtQueries.CourtCount::hearings).sum(), "court.title", null, hearings));
		figures.add(new CountedFigure("COURT_ATTENDANCES",
				observed.stream().mapToLong(CourtQueries.CourtCount::attendances).sum(), "court.attendances", null,
				hearings));
		figures.add(new CountedFigure("INSPECTIONS", this.activities.activitiesOf(regionCode, year),
				"ledger.count.OVERSIGHT_ACTIVITIES", null, this.activities.listPath(regionCode, year)));
		for (IssueState state : IssueState.values()) {
			figures.add(new CountedFigure("ITEMS_" + state, this.items.count(user, state),
					"oversight.item.state." + state, null, "/oversight/items?state=" + state));
		}
		return figures;
	}

}
