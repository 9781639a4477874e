package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies signing themselves up for the hearings listed where they hold a seat (their
 * region or one above it): a seat while there are any, else the waiting list, and
 * withdrawing, which moves the first waiting up. The same rules as the office's sign-ups,
 * kept by the hearing itself.
 */
@Service
public class HearingSignUps {

	private final CourtHearingRepository repository;

	private final CourtHearings hearings;

	private final DeputyAccounts deputies;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	HearingSignUps(CourtHearingRepository repository, CourtHearings hearings, DeputyAccounts deputies,
			WorkdayCalendar calendar, JdbcClient jdbc) {
		this.repository = repository;
		this.hearings = hearings;
		this.deputies = deputies;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/**
	 * A hearing open to the deputy, with the seats taken, those waiting, and the deputy's
	 * own place ({@code null} when not signed up).
	 */
	public record OpenHearing(long id, String courtName, String caseTitle, CaseKind caseKind, LocalDate heldOn,
			String place, int seats, long taken, long waiting, SeatState mine, String briefing) {
	}

	private static final String OPEN = """
			select h.id, c.name as court_name, h.case_title, h.case_kind, h.held_on, h.place, h.seats,
			       (select count(*) from court_hearing_seat s where s.hearing_id = h.id and s.state = 'SIGNED_UP') as taken,
			       (select count(*) from court_hearing_seat s where s.hearing_id = h.id and s.state = 'WAITING') as waiting,
			       (select s.state from court_hearing_seat s where s.hearing_id = h.id and s.deputy_id = :deputy) as mine,
			       h.briefing
			from court_hearing h join agency_view c on c.id = h.court_id
			where h.state = 'SCHEDULED' and h.held_on >= :today
			  and exists (select 1 from deputy_seat_view m where m.deputy_id = :deputy and m.ended_on is null
			              and (select path from region_view where code = m.region_code)
			                  like (select path from region_view where code = h.region_code) || '%')""";

	/** Whether the signed-in account is a deputy's, who may sign up. */
	public boolean isDeputy(CurrentUser user) {
		return this.deputies.deputyOf(user.id()).isPresent();
	}

	/** The hearings the signed-in deputy may sign up for, soonest first. */
	public List<OpenHearing> openTo(CurrentUser user) {
		return this.jdbc.sql(OPEN + " order by h.held_on, h.id limit 200")
			.param("deputy", deputyOf(user))
			.param("today", this.calendar.today())
			.query(OpenHearing.class)
			.list();
	}

	/** The signed-in deputy signs up: a seat while any is free, else the waiting list. */
	@Transactional
	public SeatState signUp(CurrentUser user, long id) {
		long deputy = deputyOf(user);
		SeatState[] state = new SeatState[1];
		this.hearings.apply(openHearing(deputy, id), hearing -> {
			state[0] = hearing.signUp(deputy, user.id());
			return hearing;
		}, "oversight.hearing.self-sign-up");
		return state[0];
	}

	/** The signed-in deputy withdraws; the first waiting takes the seat. */
	@Transactional
	public void withdraw(CurrentUser user, long id) {
		long deputy = deputyOf(user);
		this.hearings.apply(openHearing(deputy, id), hearing -> hearing.withdraw(deputy, user.id()),
				"oversight.hearing.self-withdraw");
	}

	private CourtHearing openHearing(long deputy, long id) {
		boolean open = this.jdbc.sql(OPEN + " and h.id = :id")
			.param("deputy", deputy)
			.param("today", this.calendar.today())
			.param("id", id)
			.query(OpenHearing.class)
			.optional()
			.isPresent();
		if (!open) {
			throw new NotFoundException("court hearing " + id);
		}
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("court hearing " + id));
	}

	private long deputyOf(CurrentUser user) {
		OversightActivities.require(user, OversightPermissions.HEARING_SIGN_UP);
		return this.deputies.deputyOf(user.id())
			.orElseThrow(() -> new RuleViolationException(null, "court.self.not-a-deputy"));
	}

}
