package org.lianxin.station.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What reception sessions and the other activities of a venue have in common: the rules
 * of a record of something held there, and the list of deputies who took part.
 */
@Component
class VenueAttendance {

	/** Where a kind of record keeps its deputies. */
	enum Register {

		RECEPTIONS("reception_attendance", "session_id"), ACTIVITIES("station_activity_deputy", "activity_id");

		private final String table;

		private final String key;

		Register(String table, String key) {
			this.table = table;
			this.key = key;
		}

	}

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	VenueAttendance(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * Refuses a day still to come, a count of people out of range, notes over 1000
	 * characters, and deputies neither stationed at the venue nor on its rota that day.
	 * @param messages the prefix of the message keys ("reception", "station-activity")
	 * @param peopleField the form field of the count of people
	 */
	void check(String messages, long venueId, LocalDate day, int people, String peopleField, String notes,
			Set<Long> deputyIds) {
		if (day == null || day.isAfter(this.calendar.today())) {
			throw new RuleViolationException("heldOn", messages + ".date.invalid");
		}
		if (people < 0 || people > 100_000) {
			throw new RuleViolationException(peopleField, messages + ".people.invalid");
		}
		if (notes != null && notes.strip().length() > 1000) {
			throw new RuleViolationException("notes", messages + ".notes.too-long");
		}
		Set<Long> allowed = new HashSet<>(this.jdbc.sql("""
				select deputy_id from venue_deputy where venue_id = :venue
				union select deputy_id from rota_assignment where venue_id = :venue and day = :day""")
			.param("venue", venueId)
			.param("day", day)
			.query(Long.class)
			.list());
		if (!allowed.containsAll(deputyIds)) {
			throw new RuleViolationException("deputyIds", messages + ".deputy.not-here");
		}
	}

	/**
	 * Makes the deputies of a session or activity exactly these.
	 * @return the deputies taken off
	 */
	List<Long> replace(Register register, long id, Set<Long> deputyIds) {
		List<Long> before = this.jdbc.sql("select deputy_id from " + register.table + " where " + register.key + " = ?")
			.param(id)
			.query(Long.class)
			.list();
		List<Long> removed = before.stream().filter(deputy -> !deputyIds.contains(deputy)).toList();
		for (long deputyId : removed) {
			this.jdbc.sql("delete from " + register.table + " where " + register.key + " = ? and deputy_id = ?")
				.params(id, deputyId)
				.update();
		}
		for (long deputyId : deputyIds) {
			this.jdbc
				.sql("insert into " + register.table + " (" + register.key + ", deputy_id) values (?, ?)"
						+ " on conflict do nothing")
				.params(id, deputyId)
				.update();
		}
		return removed;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
