package org.lianxin.opinion;

import java.util.Set;
import java.util.function.Consumer;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.opinion.internal.Actor;
import org.lianxin.opinion.internal.Opinion;
import org.lianxin.opinion.internal.OpinionAction;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.OpinionQueries;
import org.lianxin.opinion.internal.OpinionRepository;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps staff take on a case, each checked against the user's permission and data
 * scope: a case the user cannot see does not exist for them (404), a step their role does
 * not take is forbidden (403), a step the case's state does not allow is refused with a
 * message (409).
 */
@Service
@Transactional
public class OpinionWorkflow {

	private final OpinionRepository repository;

	private final JdbcClient jdbc;

	private final AgencyManagement agencies;

	private final WorkdayCalendar calendar;

	private final PhoneNumbers phones;

	private final OpinionQueries queries;

	OpinionWorkflow(OpinionRepository repository, JdbcClient jdbc, AgencyManagement agencies, WorkdayCalendar calendar,
			PhoneNumbers phones, OpinionQueries queries) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.calendar = calendar;
		this.phones = phones;
		this.queries = queries;
	}

	public void assign(CurrentUser user, long id, long leadAgency, Set<Long> coAgencies, String note) {
		if (coAgencies.stream().anyMatch(java.util.Objects::isNull)) {
			throw new RuleViolationException("coAgencyIds", "opinion.agency.invalid");
		}
		agencyFor(user, leadAgency, "leadAgencyId");
		coAgencies.forEach(agency -> agencyFor(user, agency, "coAgencyIds"));
		step(user, id, OpinionAction.ASSIGN,
				o -> o.assign(actor(user), leadAgency, coAgencies, note, this.calendar.today()));
	}

	public void sign(CurrentUser user, long id) {
		step(user, id, OpinionAction.SIGN, o -> o.sign(actor(user), this.calendar.today()));
	}

	public void returnToTriage(CurrentUser user, long id, String reason) {
		step(user, id, OpinionAction.RETURN, o -> o.returnToTriage(actor(user), reason, this.calendar.today()));
	}

	public void requestExtension(CurrentUser user, long id, int days, String reason) {
		step(user, id, OpinionAction.EXTEND, o -> o.requestExtension(actor(user), days, reason, this.calendar.today()));
	}

	public void decideExtension(CurrentUser user, long id, boolean approved, String note) {
		step(user, id, OpinionAction.APPROVE_EXTENSION,
				o -> o.decideExtension(actor(user), approved, note, this.calendar.today()));
	}

	public void reply(CurrentUser user, long id, ResultClass result, String text) {
		step(user, id, OpinionAction.REPLY, o -> o.reply(actor(user), result, text, this.calendar.today()));
	}

	public void feedback(CurrentUser user, long id, ContactChannel channel, String text) {
		step(user, id, OpinionAction.FEEDBACK, o -> o.feedback(actor(user), channel, text, this.calendar.today()));
	}

	public void visit(CurrentUser user, long id, Satisfaction verdict, ContactChannel channel, String comment) {
		step(user, id, OpinionAction.VISIT,
				o -> o.visit(actor(user), verdict, channel, comment, this.calendar.today()));
	}

	public void close(CurrentUser user, long id, String note) {
		step(user, id, OpinionAction.CLOSE, o -> o.close(actor(user), note, this.calendar.today()));
	}

	public void decline(CurrentUser user, long id, String reason) {
		step(user, id, OpinionAction.DECLINE, o -> o.decline(actor(user), reason, this.calendar.today()));
	}

	public void merge(CurrentUser user, long id, long into, String note) {
		if (!visible(user, into)) {
			throw new RuleViolationException("into", "opinion.merge.target");
		}
		Opinion primary = this.repository.findById(into).orElseThrow();
		step(user, id, OpinionAction.MERGE, o -> o.mergeInto(actor(user), primary, note, this.calendar.today()));
	}

	public void answerDirectly(CurrentUser user, long id, String text) {
		step(user, id, OpinionAction.ANSWER_DIRECTLY, o -> o.answerDirectly(actor(user), text, this.calendar.today()));
	}

	public void convert(CurrentUser user, long id, String note) {
		step(user, id, OpinionAction.CONVERT, o -> o.convert(actor(user), note, this.calendar.today()));
	}

	/**
	 * The citizen's own verdict on the tracking page, once the reply has reached them.
	 */
	public void rateOnline(long id, Satisfaction verdict, String comment) {
		Opinion opinion = this.repository.findById(id).orElseThrow(() -> new NotFoundException("opinion " + id));
		opinion.visit(Actor.CITIZEN, verdict, ContactChannel.ONLINE, comment, this.calendar.today());
		save(opinion);
	}

	/**
	 * The citizen's full phone number, for whoever must call back; every reveal goes to
	 * the operation log.
	 */
	public String revealPhone(CurrentUser user, long id) {
		if (!user.can(OpinionPermissions.PHONE_REVEAL)) {
			throw new AccessDeniedException(OpinionPermissions.PHONE_REVEAL);
		}
		if (!visible(user, id)) {
			throw new NotFoundException("opinion " + id);
		}
		ProtectedPhone phone = this.jdbc
			.sql("select phone_cipher, phone_hash, phone_last4, phone_masked from opinion where id = ?")
			.param(id)
			.query((rs, n) -> (rs.getString(1) != null)
					? new ProtectedPhone(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null)
			.single();
		if (phone == null) {
			throw new NotFoundException("phone of opinion " + id);
		}
		return this.phones.reveal(phone, "opinion " + id, "回访/答复");
	}

	/** Whether the user's data scope reaches the case. */
	public boolean visible(CurrentUser user, long id) {
		return this.queries.visible(user, id);
	}

	/**
	 * Whether the user's role takes this step at all: agencies sign, return, extend and
	 * reply; the office does the rest; deputies and stations may answer directly.
	 */
	public static boolean mayTake(CurrentUser user, OpinionAction action) {
		return switch (action) {
			case SIGN, RETURN, EXTEND, REPLY -> user.can(OpinionPermissions.CASE_HANDLE);
			case ANSWER_DIRECTLY ->
				user.can(OpinionPermissions.CASE_ANSWER) || user.can(OpinionPermissions.CASE_TRIAGE);
			case SUBMIT -> false;
			default -> user.can(OpinionPermissions.CASE_TRIAGE);
		};
	}

	/**
	 * The steps the user may take on the case now, for the buttons on its page; the step
	 * itself checks again.
	 */
	public static java.util.List<OpinionAction> actionsFor(CurrentUser user, OpinionQueries.CaseDetail detail) {
		boolean lead = detail.leadAgencyId() != null && detail.leadAgencyId().equals(user.scope().agencyId());
		boolean pending = detail.extensionDays() != null;
		return java.util.Arrays.stream(OpinionAction.values())
			.filter(action -> detail.status().allows(action) && mayTake(user, action))
			.filter(action -> switch (action) {
				case SIGN, RETURN, REPLY -> lead;
				case EXTEND -> lead && !pending;
				case APPROVE_EXTENSION -> pending;
				case VISIT -> detail.rating() == null || !detail.rating().content();
				default -> true;
			})
			.toList();
	}

	private void step(CurrentUser user, long id, OpinionAction action, Consumer<Opinion> step) {
		if (!mayTake(user, action)) {
			throw new AccessDeniedException(action.name());
		}
		if (!visible(user, id)) {
			throw new NotFoundException("opinion " + id);
		}
		Opinion opinion = this.repository.findById(id).orElseThrow(() -> new NotFoundException("opinion " + id));
		step.accept(opinion);
		save(opinion);
	}

	/**
	 * Saves the case, which appends its steps and publishes its events.
	 * @throws RuleViolationException when someone else changed the case since it was
	 * loaded
	 */
	private void save(Opinion opinion) {
		try {
			this.repository.save(opinion);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RuleViolationException(null, "opinion.changed-meanwhile");
		}
	}

	private AgencyView agencyFor(CurrentUser user, long agencyId, String field) {
		return this.agencies.find(user, agencyId)
			.filter(AgencyView::enabled)
			.orElseThrow(() -> new RuleViolationException(field, "opinion.agency.invalid"));
	}

	/** Handlers act for their agency; everyone else acts for the office. */
	private static Actor actor(CurrentUser user) {
		Long agency = user.can(OpinionPermissions.CASE_HANDLE) ? user.scope().agencyId() : null;
		return new Actor(user.username(), agency);
	}

}
