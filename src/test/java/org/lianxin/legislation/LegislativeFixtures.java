package org.lianxin.legislation;

import org.lianxin.station.VenueInput;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;

/** Legislative points the tests work on, made through the station module's registry. */
final class LegislativeFixtures {

	private LegislativeFixtures() {
	}

	/** 西市区's contact point for the tests (made once, found again after). */
	static long contactPoint(VenueRegistry venues) {
		return point(venues, VenueKind.LEGISLATIVE_CONTACT_POINT, "西市区基层立法联系点（测试）", null, "210803");
	}

	/** An information point under the contact point, in 清华街道. */
	static long infoPoint(VenueRegistry venues) {
		return point(venues, VenueKind.LEGISLATIVE_INFO_POINT, "清华街道立法信息采集点（测试）", contactPoint(venues), "210803002");
	}

	private static long point(VenueRegistry venues, VenueKind kind, String name, Long parent, String region) {
		return venues.createAsSystemIfAbsent(
				new VenueInput(kind, name, parent, region, "营口市西市区", null, null, null, null, true, null));
	}

}
