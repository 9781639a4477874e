package org.lianxin.ledger.web;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;

import org.springframework.ui.Model;

/**
 * What every ledger page shows above its rows: the region (an office's own by default)
 * and the year, and the congresses (city and counties) the caller may pick.
 */
record LedgerPage(Region region, int year) {

	static LedgerPage of(CurrentUser user, String region, Integer year, LedgerBook book, LocalDate today) {
		return new LedgerPage(book.regionFor(user, region),
				(year != null && year > 1999 && year < 2200) ? year : today.getYear());
	}

	/** Adds the filter's values, and whether the caller enters rows for this region. */
	LedgerPage addTo(Model model, CurrentUser user, RegionManagement regions, boolean canEdit) {
		model.addAttribute("region", this.region);
		model.addAttribute("year", this.year);
		model.addAttribute("regions",
				regions.all()
					.stream()
					.filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
					.filter(r -> user.scope().coversRegion(r.code(), r.path()))
					.toList());
		model.addAttribute("entering", canEdit && this.region.code().equals(user.regionCode()));
		return this;
	}

}
