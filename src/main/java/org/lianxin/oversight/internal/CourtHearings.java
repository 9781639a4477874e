package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court-hearing observation: hearings listed for deputies, sign-ups within the seats,
 * attendance, evaluation forms, the discussion and the court's replies. Reads and writes
 * what the caller's scope reaches: an office its region's hearings, a court its own.
 */
@Service
public class CourtHearings {

	/**
	 * The court's time to answer the discussion's opinions unless the office sets a date.
	 */
	public static final int REPLY_WORKING_DAYS = 20;

	private final CourtHearingRepository repository;

	private final CourtQueries queries;

	private final AgencyManagement agencies;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	private final OperationLog log;

	CourtHearings(CourtHearingRepository repository, CourtQueries queries, AgencyManagement agencies,
			WorkdayCalendar calendar, JdbcClient jdbc, OperationLog log) {
		this.repository = repository;
		this.queries = queries;
		this.agencies = agencies;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** Lists a court's hearing for the deputies of the caller's region. */
	@Transactional
	public long schedule(CurrentUser user, NewHearing listed) {
		OversightActivities.require(user, OversightPermissions.HEARING_EDIT);
		if (listed.courtId() != null) {
			court(user, listed.courtId());
		}
		CourtHearing hearing = this.repository
			.save(CourtHearing.schedule(listed, user.regionCode(), this.calendar.today(), user.id()));
		this.log.record("oversight.hearing.schedule", "court hearing " + hearing.id(), listed.caseTitle());
		return hearing.id();
	}

	/** Signs a deputy up: a seat, or the waiting list when the seats are taken. */
	@Transactional
	public SeatState signUp(CurrentUser user, long id, Long deputyId) {
		requireDeputy(deputyId);
		SeatState[] state = new SeatState[1];
		step(user, id, OversightPermissions.HEARING_EDIT, "oversight.hearing.sign-up", hearing -> {
			state[0] = hearing.signUp(deputyId, user.id());
			return hearing;
		});
		return state[0];
	}

	@Transactional
	public void withdraw(CurrentUser user, long id, long deputyId) {
		step(user, id, OversightPermissions.HEARING_EDIT, "oversight.hearing.withdraw",
				hearing -> hearing.withdraw(deputyId, user.id()));
	}

	/** The hearing was held with these deputies: each gets a duty record. */
	@Transactional
	public void held(CurrentUser user, long id, List<Long> deputyIds) {
		String court = court(user, get(user, id).courtId()).name();
		step(user, id, OversightPermissions.HEARING_EDIT, "oversight.hearing.held",
				hearing -> hearing.held(new LinkedHashSet<>(deputyIds), this.calendar.today(), user.id(), court));
	}

	@Transactional
	public void evaluate(CurrentUser user, long id, long deputyId, Map<EvaluationItem, CourtHearing.Rating> form) {
		step(user, id, OversightPermissions.HEARING_EDIT, "oversight.hearing.evaluate",
				hearing -> hearing.evaluate(deputyId, form, user.id()));
	}

	@Transactional
	public void discuss(CurrentUser user, long id, String summary, List<String> opinions) {
		discuss(user, id, summary, opinions, null);
	}

	/**
	 * The discussion's opinions go to the court, to be answered by {@code replyBy}
	 * ({@value #REPLY_WORKING_DAYS} working days when not given); the watch follows each
	 * until it is.
	 */
	@Transactional
	public void discuss(CurrentUser user, long id, String summary, List<String> opinions, LocalDate replyBy) {
		LocalDate today = this.calendar.today();
		LocalDate due = (replyBy != null) ? replyBy : this.calendar.plusWorkingDays(today, REPLY_WORKING_DAYS);
		step(user, id, OversightPermissions.HEARING_EDIT, "oversight.hearing.discuss",
				hearing -> hearing.discuss(summary, opinions, due, today, user.id()));
	}

	/** The court's reply to an opinion, by the court itself or the office for it. */
	@Transactional
	public void reply(CurrentUser user, long id, int number, String reply) {
		String permission = user.can(OversightPermissions.HEARING_EDIT) ? OversightPermissions.HEARING_EDIT
				: OversightPermissions.HEARING_REPLY;
		step(user, id, permission, "oversight.hearing.reply",
				hearing -> hearing.reply(number, reply, this.calendar.today(), user.id()));
	}

	private CourtHearing get(CurrentUser user, long id) {
		this.queries.hearing(user, id).orElseThrow(() -> new NotFoundException("court hearing " + id));
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("court hearing " + id));
	}

	private AgencyView court(CurrentUser user, long courtId) {
		return this.agencies.find(user, courtId)
			.filter(agency -> agency.kind() == AgencyKind.COURT && agency.enabled())
			.orElseThrow(() -> new RuleViolationException("courtId", "court.court.unknown"));
	}

	private void requireDeputy(Long deputyId) {
		if (deputyId == null || this.jdbc.sql("select count(*) from deputy_view where id = ?")
			.param(deputyId)
			.query(Long.class)
			.single() == 0) {
			throw new RuleViolationException("deputyId", "court.deputy.unknown");
		}
	}

	private void step(CurrentUser user, long id, String permission, String action, UnaryOperator<CourtHearing> move) {
		OversightActivities.require(user, permission);
		apply(get(user, id), move, action);
	}

	/**
	 * Saves the hearing as the move leaves it; a concurrent step is refused with a clear
	 * message, nothing written.
	 */
	void apply(CourtHearing hearing, UnaryOperator<CourtHearing> move, String action) {
		try {
			this.repository.save(move.apply(hearing));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw ex;
			}
			throw new RuleViolationException(null, "oversight.concurrent");
		}
		this.log.record(action, "court hearing " + hearing.id(), hearing.state().name());
	}

}
