package org.lianxin.suggestion.internal;

import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.lianxin.suggestion.internal.SuggestionAction.*;

/**
 * The steps the office, the agencies and the deputies take on a suggestion, each checked
 * against the user's permission (403) and data scope (404); a step the state does not
 * allow is refused with a message (409).
 */
@Service
@Transactional
public class SuggestionWorkflow {

	private final SuggestionRepository repository;

	private final PromiseKeeping promises;

	private final SuggestionNumbering numbering;

	private final AgencyManagement agencies;

	private final DeputyAccounts deputies;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	SuggestionWorkflow(SuggestionRepository repository, PromiseKeeping promises, SuggestionNumbering numbering,
			AgencyManagement agencies, DeputyAccounts deputies, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.repository = repository;
		this.promises = promises;
		this.numbering = numbering;
		this.agencies = agencies;
		this.deputies = deputies;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	public void register(CurrentUser user, long id) {
		step(user, id, REGISTER, (s, by) -> s.register(by, this.numbering.next(s.congressId(), s.sessionNumber()),
				this.calendar.today()));
	}

	public void decline(CurrentUser user, long id, String reason) {
		step(user, id, DECLINE, (s, by) -> s.decline(by, reason, this.calendar.today()));
	}

	public void merge(CurrentUser user, long id, long into, String note) {
		if (!visible(user, into)) {
			throw new RuleViolationException("into", "suggestion.merge.target");
		}
		Suggestion primary = this.repository.findById(into).orElseThrow();
		step(user, id, MERGE, (s, by) -> s.mergeInto(by, primary, note, this.calendar.today()));
	}

	public void markKey(CurrentUser user, long id, String leader) {
		step(user, id, MARK_KEY, (s, by) -> s.markKey(by, leader));
	}

	public void assign(CurrentUser user, long id, Long lead, Set<Long> coAgencies) {
		checkAgencies(user, lead, coAgencies);
		step(user, id, ASSIGN, (s, by) -> s.assign(by, lead, coAgencies, this.calendar.today()));
	}

	public void reassign(CurrentUser user, long id, Long lead, Set<Long> coAgencies) {
		checkAgencies(user, lead, coAgencies);
		step(user, id, REASSIGN, (s, by) -> s.reassign(by, lead, coAgencies, this.calendar.today()));
	}

	public void sign(CurrentUser user, long id) {
		step(user, id, SIGN, (s, by) -> s.sign(by, this.calendar.today()));
	}

	public void requestReturn(CurrentUser user, long id, String reason) {
		step(user, id, REQUEST_RETURN, (s, by) -> s.requestReturn(by, reason, this.calendar.today()));
	}

	public void decideReturn(CurrentUser user, long id, boolean granted, String note) {
		step(user, id, DECIDE_RETURN, (s, by) -> s.decideReturn(by, granted, note, this.calendar.today()));
	}

	public void coView(CurrentUser user, long id, String view) {
		step(user, id, CO_VIEW, (s, by) -> s.coView(by, view, this.calendar.today()));
	}

	public void contact(CurrentUser user, long id, ContactMode mode, String note) {
		step(user, id, CONTACT, (s, by) -> s.recordContact(by, mode, note, this.calendar.today()));
	}

	public void requestExtension(CurrentUser user, long id, int months, String explanation) {
		step(user, id, EXTEND, (s, by) -> s.requestExtension(by, months, explanation));
	}

	public void decideExtension(CurrentUser user, long id, boolean approved, String note) {
		step(user, id, DECIDE_EXTENSION, (s, by) -> s.decideExtension(by, approved, note));
	}

	public void reply(CurrentUser user, long id, Reply reply) {
		step(user, id, REPLY, (s, by) -> s.reply(by, reply, this.calendar.today()));
	}

	/** 办复审查 passed: the reply's promised items start their clocks. */
	public void acceptReply(CurrentUser user, long id) {
		step(user, id, REVIEW, (s, by) -> {
			s.acceptReply(by, this.calendar.today());
			this.promises.promiseAll(s);
		});
	}

	public void sendBack(CurrentUser user, long id, String reason) {
		step(user, id, SEND_BACK, (s, by) -> s.sendBack(by, reason, this.calendar.today()));
	}

	public void rate(CurrentUser user, long id, Satisfaction handling, Satisfaction result) {
		step(user, id, RATE, (s, by) -> s.rate(by, handling, result, this.calendar.today()));
	}

	/** 办结; with a reason, the office also closes the items still open. */
	public void close(CurrentUser user, long id, String reason) {
		step(user, id, CLOSE, (s, by) -> {
			int open = this.promises.openOf(s.id());
			s.close(by, reason, open, this.calendar.today());
			this.promises.closeAllOpen(s, by, reason);
		});
	}

	public void meetingNote(CurrentUser user, long id, String note) {
		step(user, id, MEETING_NOTE, (s, by) -> s.meetingNote(by, note));
	}

	/** Whether the user's data scope reaches the suggestion. */
	public boolean visible(CurrentUser user, long id) {
		SqlCondition scope = SuggestionScope.of(user);
		return this.jdbc.sql("select count(*) from suggestion s where s.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the user's role takes this step at all. */
	public static boolean mayTake(CurrentUser user, SuggestionAction action) {
		return switch (action) {
			case SIGN, REQUEST_RETURN, CO_VIEW, CONTACT, EXTEND, REPLY, PROMISE_REPORT ->
				user.can(SuggestionPermissions.HANDLE);
			case FILE, CO_SIGN, RATE, PROMISE_CONFIRM -> user.can(SuggestionPermissions.FILE);
			case DRAFT, REHANDLE, SUPERVISE -> false;
			default -> user.can(SuggestionPermissions.MANAGE);
		};
	}

	/**
	 * Handlers act for their agency, deputies as themselves, everyone else for the
	 * office.
	 */
	SuggestionActor actor(CurrentUser user) {
		if (user.can(SuggestionPermissions.HANDLE) && user.scope().agencyId() != null) {
			return SuggestionActor.agency(user.username(), user.scope().agencyId());
		}
		if (user.can(SuggestionPermissions.FILE)) {
			Long deputy = this.deputies.deputyOf(user.id()).orElse(null);
			return new SuggestionActor(user.username(), null, deputy);
		}
		return SuggestionActor.office(user.username());
	}

	interface Step {

		void take(Suggestion suggestion, SuggestionActor by);

	}

	private void step(CurrentUser user, long id, SuggestionAction action, Step step) {
		if (!mayTake(user, action)) {
			throw new AccessDeniedException(action.name());
		}
		Suggestion suggestion = load(user, id);
		step.take(suggestion, actor(user));
		save(suggestion);
	}

	Suggestion load(CurrentUser user, long id) {
		if (!visible(user, id)) {
			throw new NotFoundException("suggestion " + id);
		}
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("suggestion " + id));
	}

	void save(Suggestion suggestion) {
		try {
			this.repository.save(suggestion);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RuleViolationException(null, "suggestion.changed-meanwhile");
		}
	}

	private void checkAgencies(CurrentUser user, Long lead, Set<Long> coAgencies) {
		if (lead == null || coAgencies.stream().anyMatch(Objects::isNull)) {
			throw new RuleViolationException("leadAgencyId", "suggestion.agency.invalid");
		}
		agencyFor(user, lead, "leadAgencyId");
		coAgencies.forEach(agency -> agencyFor(user, agency, "coAgencyIds"));
	}

	private AgencyView agencyFor(CurrentUser user, long agencyId, String field) {
		return this.agencies.find(user, agencyId)
			.filter(AgencyView::enabled)
			.orElseThrow(() -> new RuleViolationException(field, "suggestion.agency.invalid"));
	}

}
