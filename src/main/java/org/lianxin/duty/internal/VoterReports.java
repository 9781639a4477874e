package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting to voters (述职): the office schedules which deputy reports to which electoral
 * district, when and where, and records the meeting once held, with the voters'
 * evaluation. A held meeting is one duty record of the deputy, however often it is
 * corrected.
 */
@Service
public class VoterReports {

	private static final String SELECT = """
			select v.id, v.deputy_id, d.name as deputy_name, v.region_code, g.name as region_name, v.electoral_district,
			       v.scheduled_on, v.place, v.held_on, v.voters_attending, v.satisfied, v.basically_satisfied,
			       v.unsatisfied, v.notes
			from voter_report v join deputy_view d on d.id = v.deputy_id join region_view g on g.code = v.region_code""";

	private final JdbcClient jdbc;

	private final DeputyAccounts deputyAccounts;

	private final DeputyReach reach;

	private final DutyRecordEntry records;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	VoterReports(JdbcClient jdbc, DeputyAccounts deputyAccounts, DeputyReach reach, DutyRecordEntry records,
			WorkdayCalendar calendar, OperationLog log) {
		this.jdbc = jdbc;
		this.deputyAccounts = deputyAccounts;
		this.reach = reach;
		this.records = records;
		this.calendar = calendar;
		this.log = log;
	}

	/**
	 * A report as scheduled and, once held, as it went; the meeting's figures are null
	 * until then.
	 */
	public record VoterReport(long id, long deputyId, String deputyName, String regionCode, String regionName,
			String electoralDistrict, LocalDate scheduledOn, String place, LocalDate heldOn, Integer votersAttending,
			Integer satisfied, Integer basicallySatisfied, Integer unsatisfied, String notes) {

		public boolean held() {
			return this.heldOn != null;
		}

	}

	/**
	 * The meeting as held: the voters who came and how many of them rated the deputy 满意,
	 * 基本满意 or 不满意.
	 */
	public record Meeting(LocalDate heldOn, int votersAttending, int satisfied, int basicallySatisfied, int unsatisfied,
			String notes) {
	}

	/**
	 * Schedules a report of a deputy the user reaches; the district defaults to the one
	 * of the deputy's home seat. The day may lie ahead.
	 */
	@Transactional
	public long schedule(CurrentUser user, long deputyId, String electoralDistrict, LocalDate scheduledOn,
			String place) {
		requireEdit(user);
		if (!this.reach.reaches(user, deputyId)) {
			throw new RuleViolationException("deputyId", "duty.deputy.outside-scope");
		}
		if (scheduledOn == null) {
			throw new RuleViolationException("scheduledOn", "voter-report.scheduled-on.required");
		}
		this.reach.requireServing(deputyId, scheduledOn, "scheduledOn");
		String district = Optional.ofNullable(electoralDistrict)
			.map(String::strip)
			.filter(text -> !text.isEmpty())
			.or(() -> this.deputyAccounts.electoralDistrict(deputyId))
			.orElse("");
		if (district.isEmpty() || district.length() > 64) {
			throw new RuleViolationException("electoralDistrict", "voter-report.district.invalid");
		}
		String where = placeOf(place);
		String region = this.deputyAccounts.homeRegion(deputyId).orElseThrow();
		long id = this.jdbc.sql("""
				insert into voter_report (deputy_id, region_code, electoral_district, scheduled_on, place, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(deputyId, region, district, scheduledOn, where, user.id())
			.query(Long.class)
			.single();
		this.log.record("duty.voter-report.schedule", "voter report " + id,
				"deputy " + deputyId + " to " + district + " on " + scheduledOn);
		return id;
	}

	/** Moves a report not yet held to another day or place. */
	@Transactional
	public void reschedule(CurrentUser user, long id, LocalDate scheduledOn, String place) {
		VoterReport report = notHeldYet(user, id);
		if (scheduledOn == null) {
			throw new RuleViolationException("scheduledOn", "voter-report.scheduled-on.required");
		}
		this.reach.requireServing(report.deputyId(), scheduledOn, "scheduledOn");
		String where = placeOf(place);
		this.jdbc.sql("update voter_report set scheduled_on = ?, place = ? where id = ? and held_on is null")
			.params(scheduledOn, where, id)
			.update();
		this.log.record("duty.voter-report.reschedule", "voter report " + id,
				report.scheduledOn() + " → " + scheduledOn + ", " + where);
	}

	/** Takes a report not yet held off the schedule. */
	@Transactional
	public void cancel(CurrentUser user, long id) {
		VoterReport report = notHeldYet(user, id);
		this.jdbc.sql("delete from voter_report where id = ? and held_on is null").param(id).update();
		this.log.record("duty.voter-report.cancel", "voter report " + id,
				"deputy " + report.deputyId() + " on " + report.scheduledOn());
	}

	private VoterReport notHeldYet(CurrentUser user, long id) {
		requireEdit(user);
		VoterReport report = find(user, id).orElseThrow(() -> new NotFoundException("voter report " + id));
		if (report.held()) {
			throw new RuleViolationException("scheduledOn", "voter-report.already-held");
		}
		return report;
	}

	private static String placeOf(String place) {
		String where = (place != null) ? place.strip() : "";
		if (where.isEmpty() || where.length() > 200) {
			throw new RuleViolationException("place", "voter-report.place.invalid");
		}
		return where;
	}

	/**
	 * Records the meeting as held (or corrects it): not on a day still to come, with no
	 * more votes than voters. The deputy's duty record is made once, at the first
	 * recording.
	 */
	@Transactional
	public VoterReport recordHeld(CurrentUser user, long id, Meeting meeting) {
		requireEdit(user);
		VoterReport report = find(user, id).orElseThrow(() -> new NotFoundException("voter report " + id));
		LocalDate day = meeting.heldOn();
		if (day == null || day.isAfter(this.calendar.today())) {
			throw new RuleViolationException("heldOn", "voter-report.held-on.invalid");
		}
		this.reach.requireServing(report.deputyId(), day, "heldOn");
		if (meeting.votersAttending() < 0 || meeting.votersAttending() > 100_000) {
			throw new RuleViolationException("votersAttending", "voter-report.voters.invalid");
		}
		if (meeting.satisfied() < 0 || meeting.basicallySatisfied() < 0 || meeting.unsatisfied() < 0) {
			throw new RuleViolationException("satisfied", "voter-report.evaluation.negative");
		}
		long votes = (long) meeting.satisfied() + meeting.basicallySatisfied() + meeting.unsatisfied();
		if (votes > meeting.votersAttending()) {
			throw new RuleViolationException("satisfied", "voter-report.evaluation.too-many", votes,
					meeting.votersAttending());
		}
		String notes = (meeting.notes() == null || meeting.notes().isBlank()) ? null : meeting.notes().strip();
		if (notes != null && notes.length() > 2000) {
			throw new RuleViolationException("notes", "duty.too-long", 2000);
		}
		this.jdbc.sql("""
				update voter_report set held_on = ?, voters_attending = ?, satisfied = ?, basically_satisfied = ?,
				       unsatisfied = ?, notes = ?, recorded_by = ?, recorded_at = now()
				where id = ?""")
			.params(day, meeting.votersAttending(), meeting.satisfied(), meeting.basicallySatisfied(),
					meeting.unsatisfied(), notes, user.id(), id)
			.update();
		this.log.record("duty.voter-report.held", "voter report " + id, day + ": " + meeting.votersAttending()
				+ " voters, " + meeting.satisfied() + "/" + meeting.basicallySatisfied() + "/" + meeting.unsatisfied());
		this.records.createFromEvent(report.deputyId(), new NewDutyRecord("REPORTING_TO_VOTERS", day, report.place(),
				"向" + report.electoralDistrict() + "选民述职", null, List.of(), List.of(), "voter-report:" + id));
		return find(user, id).orElseThrow();
	}

	public Optional<VoterReport> find(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(SELECT + " where v.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(VoterReport.class)
			.optional();
	}

	/**
	 * The reports of the user's scope (of a region and below) scheduled or held in the
	 * period, latest first, at most 500.
	 */
	public List<VoterReport> list(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = periodAndScope(user, regionCode, from, to, params);
		return this.jdbc.sql(SELECT + where + " order by coalesce(v.held_on, v.scheduled_on) desc, v.id desc limit 500")
			.params(params)
			.query(VoterReport.class)
			.list();
	}

	/** A deputy's own reports, latest first: for "my duties". */
	public List<VoterReport> forDeputy(long deputyId) {
		return this.jdbc.sql(SELECT + " where v.deputy_id = ? order by v.scheduled_on desc, v.id desc")
			.param(deputyId)
			.query(VoterReport.class)
			.list();
	}

	/**
	 * One region's figures for a period: reports scheduled in it, meetings held in it,
	 * and those meetings' voters and votes.
	 */
	public record RegionCount(String regionCode, String regionName, long scheduled, long held, long voters,
			long satisfied, long basicallySatisfied, long unsatisfied) {
	}

	/** Per region of the user's scope (of a region and below), for the period. */
	public List<RegionCount> counts(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		String where = periodAndScope(user, regionCode, from, to, params);
		return this.jdbc.sql("""
				select g.code as region_code, g.name as region_name,
				       count(*) filter (where v.scheduled_on between :from and :to) as scheduled,
				       count(*) filter (where v.held_on between :from and :to) as held,
				       coalesce(sum(v.voters_attending) filter (where v.held_on between :from and :to), 0) as voters,
				       coalesce(sum(v.satisfied) filter (where v.held_on between :from and :to), 0) as satisfied,
				       coalesce(sum(v.basically_satisfied) filter (where v.held_on between :from and :to), 0)
				           as basically_satisfied,
				       coalesce(sum(v.unsatisfied) filter (where v.held_on between :from and :to), 0) as unsatisfied
				from voter_report v join region_view g on g.code = v.region_code""" + where + """
				group by g.code, g.name, g.path order by g.path""").params(params).query(RegionCount.class).list();
	}

	private String periodAndScope(CurrentUser user, String regionCode, LocalDate from, LocalDate to,
			Map<String, Object> params) {
		return ScopedPeriod.where(scopeOf(user), regionCode, from, to,
				"(v.scheduled_on between :from and :to or v.held_on between :from and :to)", params);
	}

	private SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("v.region_code", null, "v.created_by");
	}

	private static void requireEdit(CurrentUser user) {
		if (!user.can(DutyPermissions.VOTER_REPORT_EDIT)) {
			throw new AccessDeniedException(DutyPermissions.VOTER_REPORT_EDIT);
		}
	}

}
