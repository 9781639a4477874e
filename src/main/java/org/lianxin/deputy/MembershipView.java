package org.lianxin.deputy;

import java.time.LocalDate;

import org.lianxin.region.RegionLevel;

/** A deputy's seat as pages show it. */
public record MembershipView(long id, long congressId, String congressName, int termNumber, String regionCode,
		String regionName, RegionLevel level, String groupName, String electoralDistrict, LocalDate startedOn,
		LocalDate endedOn, String endReason) {

	public boolean serving() {
		return this.endedOn == null;
	}

}
