package org.lianxin.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's oversight activities: planned for its region, visited, completed with a
 * report. Reads and writes only what the caller's scope reaches.
 */
@Service
public class OversightActivities {

	private final OversightActivityRepository repository;

	private final OversightQueries queries;

	private final JdbcClient jdbc;

	private final OperationLog log;

	OversightActivities(OversightActivityRepository repository, OversightQueries queries, JdbcClient jdbc,
			OperationLog log) {
		this.repository = repository;
		this.queries = queries;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** Plans an activity for the caller's region. */
	@Transactional
	public long plan(CurrentUser user, NewActivity planned) {
		require(user, OversightPermissions.ACTIVITY_EDIT);
		OversightActivity activity = this.repository
			.save(OversightActivity.plan(withDeputyNames(planned), user.regionCode(), user.id()));
		this.log.record("oversight.activity.plan", "oversight activity " + activity.id(), planned.title());
		return activity.id();
	}

	@Transactional
	public void visit(CurrentUser user, long id, NewVisit visit) {
		step(user, id, "oversight.activity.visit", activity -> activity.visit(visit, user.id()));
	}

	@Transactional
	public void complete(CurrentUser user, long id, String report) {
		step(user, id, "oversight.activity.complete", activity -> activity.complete(report, user.id()));
	}

	/**
	 * The activity if the caller's scope reaches it, for a step or an issue item of it.
	 */
	OversightActivity get(CurrentUser user, long id) {
		this.queries.activity(user, id).orElseThrow(() -> new NotFoundException("oversight activity " + id));
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("oversight activity " + id));
	}

	private void step(CurrentUser user, long id, String action, UnaryOperator<OversightActivity> move) {
		require(user, OversightPermissions.ACTIVITY_EDIT);
		OversightActivity activity = get(user, id);
		try {
			this.repository.save(move.apply(activity));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw ex;
			}
			throw new RuleViolationException(null, "oversight.concurrent");
		}
		this.log.record(action, "oversight activity " + id, activity.state().name());
	}

	/**
	 * The plan with each deputy named as the register names them; a deputy the register
	 * does not know is refused.
	 */
	private NewActivity withDeputyNames(NewActivity planned) {
		List<Long> ids = planned.participants()
			.stream()
			.filter(p -> p.role() == ParticipantRole.DEPUTY)
			.map(NewActivity.Participant::deputyId)
			.distinct()
			.toList();
		Map<Long, String> names = ids.isEmpty() ? Map.of()
				: this.jdbc.sql("select id, name from deputy_view where id in (:ids)")
					.param("ids", ids)
					.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
					.list()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (names.size() != ids.size()) {
			throw new RuleViolationException("deputyIds", "oversight.deputies.unknown");
		}
		List<NewActivity.Participant> named = new ArrayList<>();
		ids.forEach(id -> named.add(new NewActivity.Participant(ParticipantRole.DEPUTY, id, names.get(id))));
		for (NewActivity.Participant p : planned.participants()) {
			if (p.role() != ParticipantRole.DEPUTY && p.name() != null && !p.name().isBlank()) {
				if (p.role() == null || p.name().strip().length() > 100) {
					throw new RuleViolationException("others", "oversight.participant.invalid");
				}
				named.add(new NewActivity.Participant(p.role(), null, p.name().strip()));
			}
		}
		return new NewActivity(planned.kind(), planned.title(), planned.organiser(), planned.jointOrganisers(),
				planned.lawsChecked(), planned.startsOn(), planned.endsOn(), planned.preparatoryStudy(),
				planned.methods(), named.stream().distinct().toList());
	}

	static void require(CurrentUser user, String permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

}
