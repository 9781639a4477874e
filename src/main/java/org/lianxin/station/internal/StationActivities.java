package org.lianxin.station.internal;

import org.lianxin.station.VenueView;
import org.lianxin.station.StationActivityHeld;
import org.lianxin.station.StationActivityKind;
import org.lianxin.station.VenueRegistry;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue's activities besides reception days: visits to villages and communities and
 * legal consultations, with the deputies who took part and the people served. They count
 * on the station ledger next to the receptions, and each deputy's part is a duty done.
 */
@Service
public class StationActivities {

	private static final String SELECT = """
			select a.id, a.venue_id, a.kind, a.held_on, a.place, a.people_served, a.notes,
			       (select string_agg(d.name, '、' order by d.name) from station_activity_deputy x
			        join deputy_view d on d.id = x.deputy_id where x.activity_id = a.id) as deputy_names
			from station_activity a""";

	private final JdbcClient jdbc;

	private final VenueRegistry venues;

	private final VenueAttendance attendance;

	private final OperationLog log;

	private final ApplicationEventPublisher events;

	StationActivities(JdbcClient jdbc, VenueRegistry venues, VenueAttendance attendance, OperationLog log,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.attendance = attendance;
		this.log = log;
		this.events = events;
	}

	/** An activity as entered; place and notes may be left out. */
	public record NewActivity(StationActivityKind kind, LocalDate heldOn, String place, int peopleServed,
			List<Long> deputyIds, String notes) {

		public NewActivity {
			deputyIds = (deputyIds != null) ? deputyIds.stream().filter(java.util.Objects::nonNull).toList()
					: List.of();
		}

	}

	/** An activity as the venue page lists it. */
	public record Activity(long id, long venueId, StationActivityKind kind, LocalDate heldOn, String place,
			int peopleServed, String notes, String deputyNames) {
	}

	/**
	 * Records an activity held at (or by) a venue in the user's scope, by deputies
	 * stationed there or on its rota that day.
	 */
	@Transactional
	public long record(CurrentUser user, long venueId, NewActivity activity) {
		requireEdit(user);
		VenueView venue = this.venues.get(user, venueId);
		Set<Long> came = check(venueId, activity);
		long id = this.jdbc.sql("""
				insert into station_activity (venue_id, kind, held_on, place, people_served, notes, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(venueId, activity.kind().name(), activity.heldOn(), VenueAttendance.blankToNull(activity.place()),
					activity.peopleServed(), VenueAttendance.blankToNull(activity.notes()), user.id())
			.query(Long.class)
			.single();
		return saved(venue, id, activity, came, "station.activity.record");
	}

	/**
	 * Corrects an activity, deputies included: those taken off lose the duty record the
	 * office has not yet verified.
	 */
	@Transactional
	public long correct(CurrentUser user, long activityId, NewActivity activity) {
		requireEdit(user);
		Activity before = find(user, activityId);
		VenueView venue = this.venues.get(user, before.venueId());
		Set<Long> came = check(venue.id(), activity);
		this.jdbc.sql("""
				update station_activity set kind = ?, held_on = ?, place = ?, people_served = ?, notes = ?,
				       recorded_by = ?, recorded_at = now()
				where id = ?""")
			.params(activity.kind().name(), activity.heldOn(), VenueAttendance.blankToNull(activity.place()),
					activity.peopleServed(), VenueAttendance.blankToNull(activity.notes()), user.id(), activityId)
			.update();
		return saved(venue, activityId, activity, came, "station.activity.correct");
	}

	/** An activity of a venue the user sees. */
	public Activity find(CurrentUser user, long activityId) {
		Activity activity = this.jdbc.sql(SELECT + " where a.id = ?")
			.param(activityId)
			.query(Activity.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("station activity " + activityId));
		this.venues.get(user, activity.venueId());
		return activity;
	}

	/** The deputies who took part, to tick them on the correction form. */
	public List<Long> deputyIds(long activityId) {
		return this.jdbc.sql("select deputy_id from station_activity_deputy where activity_id = ?")
			.param(activityId)
			.query(Long.class)
			.list();
	}

	/** The venue's activities, newest first, at most 100. */
	public List<Activity> activities(CurrentUser user, long venueId) {
		this.venues.get(user, venueId);
		return this.jdbc.sql(SELECT + " where a.venue_id = ? order by a.held_on desc, a.id desc limit 100")
			.param(venueId)
			.query(Activity.class)
			.list();
	}

	private Set<Long> check(long venueId, NewActivity activity) {
		if (activity.kind() == null) {
			throw new RuleViolationException("kind", "station-activity.kind.required");
		}
		if (activity.place() != null && activity.place().strip().length() > 200) {
			throw new RuleViolationException("place", "station-activity.place.too-long");
		}
		Set<Long> came = new LinkedHashSet<>(activity.deputyIds());
		this.attendance.check("station-activity", venueId, activity.heldOn(), activity.peopleServed(), "peopleServed",
				activity.notes(), came);
		return came;
	}

	private long saved(VenueView venue, long id, NewActivity activity, Set<Long> came, String action) {
		List<Long> removed = this.attendance.replace(VenueAttendance.Register.ACTIVITIES, id, came);
		this.log.record(action, "station activity " + id, venue.name() + " " + activity.kind() + " " + activity.heldOn()
				+ ": " + activity.peopleServed() + " people");
		this.events.publishEvent(new StationActivityHeld(id, venue.id(), venue.name(), activity.kind(),
				activity.heldOn(), VenueAttendance.blankToNull(activity.place()), List.copyOf(came), removed));
		return id;
	}

	private static void requireEdit(CurrentUser user) {
		if (!user.can(StationPermissions.ACTIVITY_EDIT)) {
			throw new AccessDeniedException(StationPermissions.ACTIVITY_EDIT);
		}
	}

}
