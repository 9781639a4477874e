package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliberation opinions through their steps: the office drafts one on a report heard or
 * an activity and sends it as a letter; the addressed unit gives its receipt; each item's
 * unit answers it (or the office enters the answer for it); the office rates the answers.
 * Each step within the caller's scope; a step out of turn is refused with its reason.
 */
@Service
public class DeliberationOpinions {

	/** Working days the addressed unit has to return the receipt (回执). */
	public static final int RECEIPT_WORKING_DAYS = 5;

	private final DeliberationOpinionRepository repository;

	private final DeliberationQueries queries;

	private final OversightQueries activities;

	private final AgencyManagement agencies;

	private final WorkdayCalendar calendar;

	private final RegionManagement regions;

	private final OperationLog log;

	private final JdbcClient jdbc;

	DeliberationOpinions(DeliberationOpinionRepository repository, DeliberationQueries queries,
			OversightQueries activities, AgencyManagement agencies, RegionManagement regions, WorkdayCalendar calendar,
			OperationLog log, JdbcClient jdbc) {
		this.repository = repository;
		this.queries = queries;
		this.activities = activities;
		this.agencies = agencies;
		this.regions = regions;
		this.calendar = calendar;
		this.log = log;
		this.jdbc = jdbc;
	}

	/** Drafts an opinion of the caller's region; every unit named must be in reach. */
	@Transactional
	public long draft(CurrentUser user, NewDeliberation drafted) {
		OversightActivities.require(user, DeliberationPermissions.EDIT);
		DeliberationOpinion opinion = DeliberationOpinion.draft(drafted, user.regionCode(), this.calendar.today(),
				user.id());
		requireAgency(user, drafted.agencyId(), "agencyId");
		drafted.items()
			.stream()
			.filter(i -> i != null && i.agencyId() != null)
			.forEach(i -> requireAgency(user, i.agencyId(), "items"));
		if (opinion.activityId() != null && this.activities.activity(user, opinion.activityId()).isEmpty()) {
			throw new RuleViolationException("activityId", "deliberation.activity.unknown");
		}
		if (opinion.activityId() == null && !reportOfOwnRegion(opinion)) {
			throw new RuleViolationException("sourceTitle", "deliberation.source.required");
		}
		long id = this.repository.save(opinion).id();
		this.log.record("oversight.deliberation.draft", "deliberation opinion " + id, drafted.title());
		return id;
	}

	/** The report an opinion names was heard at a meeting of the opinion's own region. */
	private boolean reportOfOwnRegion(DeliberationOpinion opinion) {
		return this.jdbc.sql("""
				select count(*) from ledger_meeting_report_view
				where meeting_id = ? and position = ? and region_code = ?""")
			.param(opinion.meetingId())
			.param(opinion.reportPosition())
			.param(opinion.regionCode())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sends the letter: the receipt falls due {@value #RECEIPT_WORKING_DAYS} working days
	 * on.
	 */
	@Transactional
	public void send(CurrentUser user, long id, String letterNumber) {
		LocalDate today = this.calendar.today();
		LocalDate receiptDue = this.calendar.plusWorkingDays(today, RECEIPT_WORKING_DAYS);
		step(user, id, DeliberationPermissions.EDIT, "oversight.deliberation.send",
				opinion -> opinion.send(letterNumber, today, receiptDue, user.id()));
	}

	/** The addressed unit's receipt, by the unit itself or entered by the office. */
	@Transactional
	public void receive(CurrentUser user, long id, String signedBy) {
		Long agency = answeringAgency(user);
		step(user, id, DeliberationPermissions.ANSWER, "oversight.deliberation.receipt", opinion -> {
			if (agency != null && agency != opinion.agencyId()) {
				throw new RuleViolationException(null, "deliberation.receipt.not-yours");
			}
			return opinion.receive(signedBy, this.calendar.today(), user.id());
		});
	}

	/** A unit's answer to its item (numbered from 1); the office may answer any. */
	@Transactional
	public void answer(CurrentUser user, long id, int number, String answer) {
		Long agency = answeringAgency(user);
		step(user, id, DeliberationPermissions.ANSWER, "oversight.deliberation.answer",
				opinion -> opinion.answer(number, answer, agency, this.calendar.today(), user.id()));
	}

	@Transactional
	public void rate(CurrentUser user, long id, DeliberationRating rating, String note) {
		step(user, id, DeliberationPermissions.EDIT, "oversight.deliberation.rate",
				opinion -> opinion.rate(rating, note, this.calendar.today(), user.id()));
	}

	/** The letter as a Word .docx, for the committee of the opinion's region. */
	public byte[] letter(CurrentUser user, long id) {
		DeliberationQueries.OpinionDetail detail = this.queries.detail(user, id)
			.orElseThrow(() -> new NotFoundException("deliberation opinion " + id));
		String committee = this.regions.find(detail.row().regionCode()).map(r -> r.name()).orElse("") + "人大常委会";
		return DeliberationLetter.write(detail, committee);
	}

	/** The unit a handler answers for; none for the office, which answers for any. */
	private static Long answeringAgency(CurrentUser user) {
		return user.can(DeliberationPermissions.EDIT) ? null : user.scope().agencyId();
	}

	private void requireAgency(CurrentUser user, Long agencyId, String field) {
		if (agencyId != null && this.agencies.find(user, agencyId).filter(a -> a.enabled()).isEmpty()) {
			throw new RuleViolationException(field, "deliberation.agency.unknown");
		}
	}

	private void step(CurrentUser user, long id, String permission, String action,
			UnaryOperator<DeliberationOpinion> move) {
		OversightActivities.require(user, permission);
		this.queries.opinion(user, id).orElseThrow(() -> new NotFoundException("deliberation opinion " + id));
		DeliberationOpinion opinion = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException("deliberation opinion " + id));
		try {
			this.repository.save(move.apply(opinion));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw ex;
			}
			throw new RuleViolationException(null, "oversight.concurrent");
		}
		this.log.record(action, "deliberation opinion " + id, opinion.state().name());
	}

}
