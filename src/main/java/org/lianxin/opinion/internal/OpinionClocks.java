package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's clock for the supervision watch: the running stage's due date, addressed to
 * the lead agency while it holds the case and to the office otherwise. An escalation
 * raises the case's level and enters its history, only while the case is still where the
 * watch read it.
 */
@Component
class OpinionClocks implements SupervisedClocks {

	static final String SUBJECT = "OPINION";

	private final JdbcClient jdbc;

	private final OpinionHistory history;

	private final ApplicationEventPublisher events;

	OpinionClocks(JdbcClient jdbc, OpinionHistory history, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.history = history;
		this.events = events;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, status, stage_due_on, region_code, lead_agency_id, escalation_level from opinion
				where stage_due_on <= :by and status not in ('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED')
				  and id > :after
				order by id limit :limit""")
			.param("by", by)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, i) -> {
				String status = rs.getString("status");
				return new Clock(rs.getLong("id"), status, rs.getObject("stage_due_on", LocalDate.class),
						rs.getString("region_code"), agencyOf(status, rs.getObject("lead_agency_id", Long.class)),
						rs.getInt("escalation_level"));
			})
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		// only if the case is still where it was read: a step taken meanwhile starts
		// afresh
		int raised = this.jdbc.sql("""
				update opinion set escalation_level = ?
				where id = ? and status = ? and stage_due_on = ? and escalation_level < ?""")
			.params(level, clock.subjectId(), clock.stage(), clock.dueOn(), level)
			.update();
		if (raised == 0) {
			return false;
		}
		OpinionStatus status = OpinionStatus.valueOf(clock.stage());
		this.history.append(clock.subjectId(),
				new OpinionStep(OpinionAction.SUPERVISE, status, status, "system",
						"超期 " + workingDaysOverdue + " 个工作日（期限 " + clock.dueOn() + "）", clock.agencyId(), null, null,
						null, level));
		this.events.publishEvent(new OpinionStepTaken(clock.subjectId(), OpinionAction.SUPERVISE, status, status));
		return true;
	}

	@Override
	public String pathOf(long subjectId) {
		return "/opinions/" + subjectId;
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return SupervisedClocks.labelsBy(this.jdbc, "select id, tracking_code from opinion where id in (:ids)",
				subjectIds);
	}

	/** Who must act: the lead agency while it holds the case, otherwise the office. */
	private static Long agencyOf(String status, Long leadAgencyId) {
		return ("ASSIGNED".equals(status) || "IN_PROGRESS".equals(status)) ? leadAgencyId : null;
	}

}
