package org.lianxin.project;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision group's site visit (实地察看) of a livelihood project was recorded: each
 * deputy who went has done a duty.
 *
 * @param deputyIds the deputies who took part in the visit
 */
public record SiteVisitRecorded(long visitId, long projectId, String projectTitle, LocalDate visitedOn, String place,
		List<Long> deputyIds) {

	public SiteVisitRecorded {
		deputyIds = List.copyOf(deputyIds);
	}

}
