package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the ledger: an office enters its own region's rows; anyone who may see the
 * ledger reads the regions of their scope.
 */
@Service
public class LedgerBook {

	private final MeetingRepository meetings;

	private final AppointmentRepository appointments;

	private final PartyRequestRepository requests;

	private final ArticleRepository articles;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	LedgerBook(MeetingRepository meetings, AppointmentRepository appointments, PartyRequestRepository requests,
			ArticleRepository articles, RegionManagement regions, WorkdayCalendar calendar, OperationLog log) {
		this.meetings = meetings;
		this.appointments = appointments;
		this.requests = requests;
		this.articles = articles;
		this.regions = regions;
		this.calendar = calendar;
		this.log = log;
	}

	/**
	 * The region whose ledger the caller reads: the one asked for if their scope covers
	 * it, their own when none is asked for.
	 */
	public Region regionFor(CurrentUser user, String asked) {
		String code = (asked == null || asked.isBlank()) ? user.regionCode() : asked.strip();
		return this.regions.find(code)
			.filter(region -> user.scope().coversRegion(region.code(), region.path()))
			.orElseThrow(() -> new NotFoundException("ledger of region " + code));
	}

	/** A meeting; one numbered twice in a term is refused. */
	@Transactional
	public long record(CurrentUser user, Meeting.NewMeeting entered) {
		requireEdit(user);
		Meeting meeting = Meeting.record(entered, user.regionCode(), this.calendar.today(), user.id());
		if (this.meetings.existsByRegionCodeAndKindAndTermNumberAndSessionNumber(user.regionCode(), entered.kind(),
				entered.termNumber(), entered.sessionNumber())) {
			throw numberedTwice();
		}
		try {
			long id = this.meetings.save(meeting).id();
			this.log.record("ledger.meeting.record", "ledger meeting " + id,
					entered.kind() + " " + entered.termNumber() + "-" + entered.sessionNumber());
			return id;
		}
		catch (RuntimeException ex) {
			if (Failures.causedBy(ex, DuplicateKeyException.class)) {
				throw numberedTwice();
			}
			throw ex;
		}
	}

	@Transactional
	public long record(CurrentUser user, Appointment.NewAppointment entered) {
		requireEdit(user);
		long id = this.appointments
			.save(Appointment.record(entered, user.regionCode(), this.calendar.today(), user.id()))
			.id();
		this.log.record("ledger.appointment.record", "ledger appointment " + id, entered.personName());
		return id;
	}

	@Transactional
	public long send(CurrentUser user, PartyRequest.Kind kind, String subject, LocalDate sentOn) {
		requireEdit(user);
		long id = this.requests
			.save(PartyRequest.send(kind, subject, sentOn, user.regionCode(), this.calendar.today(), user.id()))
			.id();
		this.log.record("ledger.request.record", "ledger request " + id, subject);
		return id;
	}

	/** The Party committee's answer to a request of the caller's own region. */
	@Transactional
	public void answer(CurrentUser user, long id, String answer, LocalDate answeredOn) {
		requireEdit(user);
		PartyRequest request = this.requests.findById(id)
			.filter(found -> found.regionCode().equals(user.regionCode()))
			.orElseThrow(() -> new NotFoundException("ledger request " + id));
		this.requests.save(request.answer(answer, answeredOn, this.calendar.today()));
		this.log.record("ledger.request.answer", "ledger request " + id, null);
	}

	@Transactional
	public long record(CurrentUser user, Article.NewArticle entered) {
		requireEdit(user);
		long id = this.articles.save(Article.record(entered, user.regionCode(), this.calendar.today(), user.id())).id();
		this.log.record("ledger.article.record", "ledger article " + id, entered.outlet());
		return id;
	}

	private static RuleViolationException numberedTwice() {
		return new RuleViolationException("sessionNumber", "ledger.meeting.numbered-twice");
	}

	private static void requireEdit(CurrentUser user) {
		if (!user.can(LedgerPermissions.EDIT)) {
			throw new AccessDeniedException(LedgerPermissions.EDIT);
		}
	}

}
