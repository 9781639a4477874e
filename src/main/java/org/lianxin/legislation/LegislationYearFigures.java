package org.lianxin.legislation;

import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.LegislationFigures;
import org.lianxin.platform.statistics.CountedFigure;

import org.springframework.stereotype.Service;

/**
 * Legislative consultation's year for other modules' reports: the totals of the figures
 * page, each opening the consultations or opinions it counts.
 */
@Service
public class LegislationYearFigures {

	private final LegislationFigures figures;

	LegislationYearFigures(LegislationFigures figures) {
		this.figures = figures;
	}

	/**
	 * The consultations of the region (and below) in the user's scope received in the
	 * year.
	 */
	public List<CountedFigure> of(CurrentUser user, String regionCode, int year) {
		LegislationFigures.Totals totals = this.figures.totals(user, regionCode, year);
		return List.of(figure("CONSULTATIONS", totals.consultations(), regionCode, year),
				figure("DRAFTS", totals.drafts(), regionCode, year),
				figure("OPINIONS", totals.opinions(), regionCode, year),
				figure("REPORTED", totals.reported(), regionCode, year),
				figure("ADOPTED", totals.adopted(), regionCode, year));
	}

	private static CountedFigure figure(String kind, long value, String regionCode, int year) {
		return new CountedFigure(kind, value, "legislation.records." + kind, null,
				"/legislation/figures/records?kind=" + kind + "&region=" + regionCode + "&year=" + year);
	}

}
