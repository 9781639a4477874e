package org.lianxin.statistics.internal;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.stereotype.Component;

/**
 * Which region and year a report or a dashboard is of: the city or a division in the
 * user's data scope (the user's own by default), and a year from 2000 to this one (this
 * one by default); anything else refused with the reason.
 */
@Component
public class ReportScope {

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	ReportScope(RegionManagement regions, WorkdayCalendar calendar) {
		this.regions = regions;
		this.calendar = calendar;
	}

	/** The city and divisions of the user's scope, to choose from. */
	public List<Region> regionsOf(CurrentUser user) {
		return this.regions.all()
			.stream()
			.filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
			.filter(r -> user.scope().coversRegion(r.code(), r.path()))
			.toList();
	}

	public Region regionFor(CurrentUser user, String asked) {
		String code = (asked == null || asked.isBlank()) ? user.regionCode() : asked.strip();
		return Optional.ofNullable(code)
			.flatMap(this.regions::find)
			.filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
			.filter(r -> user.scope().coversRegion(r.code(), r.path()))
			.orElseThrow(() -> new RuleViolationException("region", "statistics.report.region.outside",
					String.valueOf(code)));
	}

	public int yearOf(Integer year) {
		int thisYear = this.calendar.today().getYear();
		if (year == null) {
			return thisYear;
		}
		if (year < 2000 || year > thisYear) {
			throw new RuleViolationException("year", "statistics.report.year.invalid", thisYear);
		}
		return year;
	}

}
