package org.lianxin.opinion;

import java.util.Set;
import java.util.function.Consumer;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.opinion.internal.OpinionRepository;
import org.lianxin.opinion.internal.OpinionScope;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	OpinionWorkflow(OpinionRepository repository, JdbcClient jdbc, AgencyManagement agencies, WorkdayCalendar calendar,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.calendar = calendar;
		this.events = events;
	}

	public void assign(CurrentUser user, long id, long leadAgency, Set<Long> coAgencies, String note) {
		agencyFor(user, leadAgency, "leadAgencyId");
		coAgencies.forEach(agency -> agencyFor(user, agency, "coAgencyIds"));
		step(user, id, OpinionPermissions.CASE_TRIAGE,
				o -> o.assign(actor(user), leadAgency, coAgencies, note, this.calendar.today()));
	}

	public void sign(CurrentUser user, long id) {
		step(user, id, OpinionPermissions.CASE_HANDLE, o -> o.sign(actor(user), this.calendar.today()));
	}

	public void returnToTriage(CurrentUser user, long id, String reason) {
		step(user, id, OpinionPermissions.CASE_HANDLE,
				o -> o.returnToTriage(actor(user), reason, this.calendar.today()));
	}

	public void requestExtension(CurrentUser user, long id, int days, String reason) {
		step(user, id, OpinionPermissions.CASE_HANDLE,
				o -> o.requestExtension(actor(user), days, reason, this.calendar.today()));
	}

	public void decideExtension(CurrentUser user, long id, boolean approved, String note) {
		step(user, id, OpinionPermissions.CASE_TRIAGE,
				o -> o.decideExtension(actor(user), approved, note, this.calendar.today()));
	}

	public void reply(CurrentUser user, long id, ResultClass result, String text) {
		step(user, id, OpinionPermissions.CASE_HANDLE, o -> o.reply(actor(user), result, text, this.calendar.today()));
	}

	public void feedback(CurrentUser user, long id, ContactChannel channel, String text) {
		step(user, id, OpinionPermissions.CASE_TRIAGE,
				o -> o.feedback(actor(user), channel, text, this.calendar.today()));
	}

	public void visit(CurrentUser user, long id, Satisfaction verdict, ContactChannel channel, String comment) {
		step(user, id, OpinionPermissions.CASE_TRIAGE,
				o -> o.visit(actor(user), verdict, channel, comment, this.calendar.today()));
	}

	public void close(CurrentUser user, long id, String note) {
		step(user, id, OpinionPermissions.CASE_TRIAGE, o -> o.close(actor(user), note, this.calendar.today()));
	}

	public void decline(CurrentUser user, long id, String reason) {
		step(user, id, OpinionPermissions.CASE_TRIAGE, o -> o.decline(actor(user), reason, this.calendar.today()));
	}

	public void merge(CurrentUser user, long id, long into, String note) {
		if (!visible(user, into)) {
			throw new RuleViolationException("into", "opinion.merge.target");
		}
		Opinion primary = this.repository.load(into).orElseThrow();
		step(user, id, OpinionPermissions.CASE_TRIAGE,
				o -> o.mergeInto(actor(user), primary, note, this.calendar.today()));
	}

	public void answerDirectly(CurrentUser user, long id, String text) {
		String permission = user.can(OpinionPermissions.CASE_ANSWER) ? OpinionPermissions.CASE_ANSWER
				: OpinionPermissions.CASE_TRIAGE;
		step(user, id, permission, o -> o.answerDirectly(actor(user), text, this.calendar.today()));
	}

	public void convert(CurrentUser user, long id, String note) {
		step(user, id, OpinionPermissions.CASE_TRIAGE, o -> o.convert(actor(user), note, this.calendar.today()));
	}

	/**
	 * The citizen's own verdict on the tracking page, once the reply has reached them.
	 */
	public void rateOnline(long id, Satisfaction verdict, String comment) {
		Opinion opinion = this.repository.load(id).orElseThrow(() -> new NotFoundException("opinion " + id));
		opinion.visit(Actor.CITIZEN, verdict, ContactChannel.ONLINE, comment, this.calendar.today());
		save(opinion);
	}

	/** Whether the user's data scope reaches the case. */
	public boolean visible(CurrentUser user, long id) {
		SqlCondition scope = OpinionScope.of(user);
		return this.jdbc.sql("select count(*) from opinion o where o.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private void step(CurrentUser user, long id, String permission, Consumer<Opinion> step) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission);
		}
		if (!visible(user, id)) {
			throw new NotFoundException("opinion " + id);
		}
		Opinion opinion = this.repository.load(id).orElseThrow(() -> new NotFoundException("opinion " + id));
		step.accept(opinion);
		save(opinion);
	}

	private void save(Opinion opinion) {
		this.repository.save(opinion);
		for (Opinion.Step step : opinion.newSteps()) {
			this.events.publishEvent(new OpinionStepTaken(opinion.id(), step.action(), step.from(), step.to()));
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
