package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training of deputies (学习培训): the sessions an office runs and the deputies who attended.
 * Each attendance is one TRAINING duty record of the deputy; taking a deputy off the list
 * takes back the record the office has not yet verified.
 */
@Service
public class Trainings {

	private static final String SELECT = """
			select s.id, s.title, s.held_on, s.place, s.organiser, s.hours, s.region_code, g.name as region_name,
			       (select count(*) from training_attendance a where a.session_id = s.id) as attendances
			from training_session s join region_view g on g.code = s.region_code""";

	private final JdbcClient jdbc;

	private final DeputyReach reach;

	private final DutyRecordEntry records;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	Trainings(JdbcClient jdbc, DeputyReach reach, DutyRecordEntry records, WorkdayCalendar calendar, OperationLog log) {
		this.jdbc = jdbc;
		this.reach = reach;
		this.records = records;
		this.calendar = calendar;
		this.log = log;
	}

	/** A session as planned or held, with how many deputies attended. */
	public record Session(long id, String title, LocalDate heldOn, String place, String organiser, BigDecimal hours,
			String regionCode, String regionName, long attendances) {
	}

	/** A session as entered; place and organiser may be left out. */
	public record NewSession(String title, LocalDate heldOn, String place, String organiser, BigDecimal hours) {
	}

	public record Attendee(long deputyId, String name) {
	}

	/**
	 * The period's figures: sessions held, attendances (人次), deputies trained (人) and the
	 * hours they spent (学时 summed over attendances).
	 */
	public record Totals(long sessions, long attendances, long deputies, BigDecimal hours) {
	}

	/**
	 * Adds a session run by the user's office (seen by its region and above); it may lie
	 * ahead.
	 */
	@Transactional
	public long create(CurrentUser user, NewSession session) {
		requireEdit(user);
		String title = (session.title() != null) ? session.title().strip() : "";
		if (title.isEmpty() || title.length() > 100) {
			throw new RuleViolationException("title", "training.title.invalid");
		}
		if (session.heldOn() == null) {
			throw new RuleViolationException("heldOn", "training.held-on.required");
		}
		BigDecimal hours = session.hours();
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(1000)) > 0
				|| hours.stripTrailingZeros().scale() > 1) {
			throw new RuleViolationException("hours", "training.hours.invalid");
		}
		String place = optional(session.place(), "place", 200);
		String organiser = optional(session.organiser(), "organiser", 100);
		long id = this.jdbc.sql("""
				insert into training_session (title, held_on, place, organiser, hours, region_code, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(title, session.heldOn(), place, organiser, hours, user.regionCode(), user.id())
			.query(Long.class)
			.single();
		this.log.record("duty.training.create", "training " + id, session.heldOn() + " " + title);
		return id;
	}

	/**
	 * Records who attended a session that has taken place, replacing the earlier list:
	 * each deputy on it gets one duty record, each taken off loses the unverified one.
	 */
	@Transactional
	public void recordAttendance(CurrentUser user, long sessionId, List<Long> deputyIds) {
		requireEdit(user);
		Session session = find(user, sessionId).orElseThrow(() -> new NotFoundException("training " + sessionId));
		if (session.heldOn().isAfter(this.calendar.today())) {
			throw new RuleViolationException("deputyIds", "training.attendance.future");
		}
		Set<Long> came = new LinkedHashSet<>(deputyIds);
		for (long deputyId : came) {
			if (!this.reach.reaches(user, deputyId)) {
				throw new RuleViolationException("deputyIds", "duty.deputy.outside-scope");
			}
			this.reach.requireServing(deputyId, session.heldOn(), "deputyIds");
		}
		List<Long> removed = attendees(user, sessionId).stream()
			.map(Attendee::deputyId)
			.filter(deputy -> !came.contains(deputy))
			.toList();
		for (long deputyId : removed) {
			this.jdbc.sql("delete from training_attendance where session_id = ? and deputy_id = ?")
				.params(sessionId, deputyId)
				.update();
			this.records.withdrawFromEvent(sourceRef(sessionId, deputyId));
		}
		for (long deputyId : came) {
			this.jdbc
				.sql("insert into training_attendance (session_id, deputy_id) values (?, ?) on conflict do nothing")
				.params(sessionId, deputyId)
				.update();
			this.records.createFromEvent(deputyId, new NewDutyRecord("TRAINING", session.heldOn(), session.place(),
					"参加培训：" + session.title(), null, List.of(), List.of(), sourceRef(sessionId, deputyId)));
		}
		this.log.record("duty.training.attendance", "training " + sessionId,
				came.size() + " deputies, " + removed.size() + " taken off");
	}

	public Optional<Session> find(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(SELECT + " where s.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(Session.class)
			.optional();
	}

	/** The deputies recorded as attending, by name. */
	public List<Attendee> attendees(CurrentUser user, long sessionId) {
		find(user, sessionId).orElseThrow(() -> new NotFoundException("training " + sessionId));
		return this.jdbc.sql("""
				select a.deputy_id, d.name from training_attendance a join deputy_view d on d.id = a.deputy_id
				where a.session_id = ? order by d.name""").param(sessionId).query(Attendee.class).list();
	}

	/**
	 * The sessions of the user's scope (of a region and below) in the period, latest
	 * first.
	 */
	public List<Session> list(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql(SELECT + periodAndScope(user, regionCode, from, to, params) + " order by s.held_on desc, s.id desc")
			.params(params)
			.query(Session.class)
			.list();
	}

	public Totals totals(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql("""
					select count(distinct s.id) as sessions, count(a.deputy_id) as attendances,
					       count(distinct a.deputy_id) as deputies, coalesce(sum(s.hours) filter (where a.deputy_id is not null), 0) as hours
					from training_session s join region_view g on g.code = s.region_code
					left join training_attendance a on a.session_id = s.id"""
					+ periodAndScope(user, regionCode, from, to, params))
			.params(params)
			.query(Totals.class)
			.single();
	}

	private String periodAndScope(CurrentUser user, String regionCode, LocalDate from, LocalDate to,
			Map<String, Object> params) {
		return ScopedPeriod.where(scopeOf(user), regionCode, from, to, "s.held_on between :from and :to", params);
	}

	private SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("s.region_code", null, "s.created_by");
	}

	private static String sourceRef(long sessionId, long deputyId) {
		return "training:" + sessionId + ":" + deputyId;
	}

	private static String optional(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw new RuleViolationException(field, "duty.too-long", max);
		}
		return text.strip();
	}

	private static void requireEdit(CurrentUser user) {
		if (!user.can(DutyPermissions.TRAINING_EDIT)) {
			throw new AccessDeniedException(DutyPermissions.TRAINING_EDIT);
		}
	}

}
