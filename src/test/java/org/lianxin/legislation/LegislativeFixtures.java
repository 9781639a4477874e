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

	/** 站前区's contact point, another division's for the tests. */
	static long foreignPoint(VenueRegistry venues) {
		return point(venues, VenueKind.LEGISLATIVE_CONTACT_POINT, "站前区基层立法联系点（测试）", null, "210802");
	}

	/** A consultation of 西市区's contact point with the first draft, gathering opinions. */
	static long gathering(org.lianxin.account.StaffAccounts accounts,
			org.lianxin.legislation.internal.Consultations consultations, VenueRegistry venues,
			org.lianxin.workday.WorkdayCalendar calendar, String title) {
		org.lianxin.account.CurrentUser office = org.lianxin.Staff.load(accounts, "office-210803");
		long id = consultations.receive(office, new org.lianxin.legislation.internal.NewConsultation(
				contactPoint(venues), "PROVINCIAL", "辽宁省人大常委会法工委", title, null, calendar.today().plusDays(20)));
		consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		consultations.publish(office, id);
		return id;
	}

	/** How many opinions the consultation has. */
	static long opinions(org.springframework.jdbc.core.simple.JdbcClient jdbc, long consultation) {
		return jdbc.sql("select count(*) from legislation_opinion where consultation_id = ?")
			.param(consultation)
			.query(Long.class)
			.single();
	}

	private static long point(VenueRegistry venues, VenueKind kind, String name, Long parent, String region) {
		return venues.createAsSystemIfAbsent(
				new VenueInput(kind, name, parent, region, "营口市西市区", null, null, null, null, true, null));
	}

}
