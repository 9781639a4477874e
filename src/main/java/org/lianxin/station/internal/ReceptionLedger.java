package org.lianxin.station.internal;

import org.lianxin.station.ReceptionHeld;
import org.lianxin.station.VenueView;
import org.lianxin.station.OpinionsThroughVenues;
import org.lianxin.station.VenueRegistry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station activity ledger: reception sessions as they were held (who came, how many
 * people), and the counts per venue that today are added up by hand, the venue's other
 * activities ({@link StationActivities}) included.
 */
@Service
public class ReceptionLedger {

	private final JdbcClient jdbc;

	private final VenueRegistry venues;

	private final VenueAttendance attendance;

	private final OperationLog log;

	private final ApplicationEventPublisher events;

	private final OpinionsThroughVenues opinions;

	/**
	 * @param opinions the opinion module's answer; a station running without it counts
	 * none
	 */
	ReceptionLedger(JdbcClient jdbc, VenueRegistry venues, VenueAttendance attendance, OperationLog log,
			ApplicationEventPublisher events, OpinionsThroughVenues opinions) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.attendance = attendance;
		this.log = log;
		this.events = events;
		this.opinions = opinions;
	}

	/**
	 * Records the session of a day at a venue in the user's scope: the deputies who came
	 * (stationed there or on its rota that day) and the people received. Recording the
	 * same day again corrects it, attendance included.
	 */
	@Transactional
	public long record(CurrentUser user, long venueId, LocalDate day, int peopleReceived, List<Long> deputyIds,
			String notes) {
		if (!user.can(StationPermissions.EDIT)) {
			throw new AccessDeniedException(StationPermissions.EDIT);
		}
		VenueView venue = this.venues.get(user, venueId);
		Set<Long> came = new LinkedHashSet<>(deputyIds);
		this.attendance.check("reception", venueId, day, peopleReceived, "peopleReceived", notes, came);
		long id = this.jdbc.sql("""
				insert into reception_session (venue_id, held_on, people_received, notes, recorded_by)
				values (?, ?, ?, ?, ?)
				on conflict (venue_id, held_on) do update set people_received = excluded.people_received,
				    notes = excluded.notes
				returning id""")
			.params(venueId, day, peopleReceived, VenueAttendance.blankToNull(notes), user.id())
			.query(Long.class)
			.single();
		List<Long> removed = this.attendance.replace(VenueAttendance.Register.RECEPTIONS, id, came);
		this.log.record("station.reception.record", "venue " + venueId, day + ": " + peopleReceived + " people");
		this.events.publishEvent(new ReceptionHeld(id, venueId, venue.name(), day, List.copyOf(came), removed));
		return id;
	}

	/**
	 * The deputies recorded at the venue's session of a day, to tick them on the form.
	 */
	public List<Long> attendance(long venueId, LocalDate day) {
		return this.jdbc.sql("""
				select a.deputy_id from reception_attendance a join reception_session s on s.id = a.session_id
				where s.venue_id = ? and s.held_on = ?""").params(venueId, day).query(Long.class).list();
	}

	/** A session as the venue page lists it. */
	public record Session(long id, LocalDate heldOn, int peopleReceived, String notes, String deputyNames,
			long opinions) {
	}

	/**
	 * The venue's sessions, newest first; the opinions are the cases filed through it
	 * that day.
	 */
	public List<Session> sessions(CurrentUser user, long venueId) {
		this.venues.get(user, venueId);
		List<Session> held = this.jdbc.sql("""
				select s.id, s.held_on, s.people_received, s.notes,
				       (select string_agg(d.name, '、' order by d.name) from reception_attendance a
				        join deputy_view d on d.id = a.deputy_id where a.session_id = s.id) as deputy_names,
				       0 as opinions
				from reception_session s where s.venue_id = ? order by s.held_on desc limit 100""")
			.param(venueId)
			.query(Session.class)
			.list();
		if (held.isEmpty()) {
			return held;
		}
		Map<LocalDate, Long> opinions = this.opinions.perDay(venueId, held.get(held.size() - 1).heldOn(),
				held.get(0).heldOn());
		return held.stream()
			.map(s -> new Session(s.id(), s.heldOn(), s.peopleReceived(), s.notes(), s.deputyNames(),
					opinions.getOrDefault(s.heldOn(), 0L)))
			.toList();
	}

	/**
	 * One venue's line of the ledger for a period.
	 *
	 * @param peopleServed the people served by the venue's other activities
	 */
	public record VenueCount(long venueId, String venueName, String regionName, long sessions, long people,
			long deputyVisits, long opinions, long villageVisits, long legalConsultations, long peopleServed) {
	}

	/** Per venue of the user's scope (of a region and below), for the period. */
	public List<VenueCount> counts(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition scope = user.scope().restrict("v.region_code", null, "v.created_by");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("from", from);
		params.put("to", to);
		String region = "";
		if (regionCode != null && !regionCode.isBlank()) {
			region = " and r.path like (select path from region_view where code = :region) || '%'";
			params.put("region", regionCode);
		}
		List<VenueCount> counts = this.jdbc
			.sql("""
					select v.id as venue_id, v.name as venue_name, r.name as region_name,
					       (select count(*) from reception_session s where s.venue_id = v.id and s.held_on between :from and :to)
					           as sessions,
					       (select coalesce(sum(s.people_received), 0) from reception_session s
					        where s.venue_id = v.id and s.held_on between :from and :to) as people,
					       (select count(*) from reception_attendance a join reception_session s on s.id = a.session_id
					        where s.venue_id = v.id and s.held_on between :from and :to) as deputy_visits,
					       0 as opinions,
					       (select count(*) from station_activity a where a.venue_id = v.id and a.kind = 'VILLAGE_VISIT'
					        and a.held_on between :from and :to) as village_visits,
					       (select count(*) from station_activity a where a.venue_id = v.id and a.kind = 'LEGAL_CONSULTATION'
					        and a.held_on between :from and :to) as legal_consultations,
					       (select coalesce(sum(a.people_served), 0) from station_activity a
					        where a.venue_id = v.id and a.held_on between :from and :to) as people_served
					from venue v join region_view r on r.code = v.region_code
					where %s%s order by r.path, v.kind, v.name"""
				.formatted(scope.sql(), region))
			.params(params)
			.query(VenueCount.class)
			.list();
		Map<Long, Long> opinions = this.opinions.perVenue(counts.stream().map(VenueCount::venueId).toList(), from, to);
		return counts.stream()
			.map(c -> new VenueCount(c.venueId(), c.venueName(), c.regionName(), c.sessions(), c.people(),
					c.deputyVisits(), opinions.getOrDefault(c.venueId(), 0L), c.villageVisits(), c.legalConsultations(),
					c.peopleServed()))
			.toList();
	}

}
