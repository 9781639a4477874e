package org.lianxin.opinion.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.lianxin.opinion.Opinion;
import org.lianxin.opinion.OpinionStep;
import org.lianxin.opinion.OpinionStatus;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a case's workflow state and saves it back: the row with an optimistic version
 * check, the co-handling agencies, and the new steps appended to the history.
 */
@Repository
public class OpinionRepository {

	private final JdbcClient jdbc;

	private final DeadlineRules deadlines;

	OpinionRepository(JdbcClient jdbc, DeadlineRules deadlines) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
	}

	public Optional<Opinion> load(long id) {
		Set<Long> coAgencies = new HashSet<>(
				this.jdbc.sql("select agency_id from opinion_co_agency where opinion_id = ? order by agency_id")
					.param(id)
					.query(Long.class)
					.list());
		return this.jdbc.sql("select * from opinion where id = ?")
			.param(id)
			.query((rs, n) -> new Opinion(rs.getLong("id"), OpinionStatus.valueOf(rs.getString("status")),
					date(rs.getDate("stage_started_on")), date(rs.getDate("stage_due_on")),
					rs.getObject("lead_agency_id", Long.class), coAgencies, date(rs.getDate("assigned_on")),
					date(rs.getDate("reply_due_on")), rs.getObject("extension_days", Integer.class),
					rs.getString("extension_reason"), date(rs.getDate("replied_on")),
					rs.getObject("replied_on_time", Boolean.class),
					(rs.getString("result_class") != null) ? ResultClass.valueOf(rs.getString("result_class")) : null,
					(rs.getString("rating") != null) ? Satisfaction.valueOf(rs.getString("rating")) : null,
					date(rs.getDate("closed_on")), rs.getObject("merged_into", Long.class), rs.getInt("handling_round"),
					rs.getInt("version"), this.deadlines.forCase(rs.getLong("category_id"), rs.getBoolean("urgent"))))
			.optional();
	}

	/**
	 * Saves the state and appends the new steps.
	 * @throws RuleViolationException when someone else changed the case since it was
	 * loaded
	 */
	public void save(Opinion opinion) {
		int updated = this.jdbc.sql("""
				update opinion set status = :status, stage_started_on = :stageStartedOn, stage_due_on = :stageDueOn,
				       lead_agency_id = :lead, assigned_on = :assignedOn, reply_due_on = :replyDueOn,
				       extension_days = :extensionDays, extension_reason = :extensionReason, replied_on = :repliedOn,
				       replied_on_time = :repliedOnTime, result_class = :resultClass, rating = :rating,
				       closed_on = :closedOn, merged_into = :mergedInto, handling_round = :round,
				       -- a case that moved on, or got a new due date, starts its supervision afresh
				       escalation_level = case when status = :status and stage_due_on is not distinct from :stageDueOn
				                               then escalation_level else 0 end,
				       version = version + 1
				where id = :id and version = :version""")
			.param("status", opinion.status().name())
			.param("stageStartedOn", opinion.stageStartedOn())
			.param("stageDueOn", opinion.stageDueOn())
			.param("lead", opinion.leadAgencyId())
			.param("assignedOn", opinion.assignedOn())
			.param("replyDueOn", opinion.replyDueOn())
			.param("extensionDays", opinion.extensionDays())
			.param("extensionReason", opinion.extensionReason())
			.param("repliedOn", opinion.repliedOn())
			.param("repliedOnTime", opinion.repliedOnTime())
			.param("resultClass", (opinion.resultClass() != null) ? opinion.resultClass().name() : null)
			.param("rating", (opinion.rating() != null) ? opinion.rating().name() : null)
			.param("closedOn", opinion.closedOn())
			.param("mergedInto", opinion.mergedInto())
			.param("round", opinion.handlingRound())
			.param("id", opinion.id())
			.param("version", opinion.version())
			.update();
		if (updated == 0) {
			throw new RuleViolationException(null, "opinion.changed-meanwhile");
		}
		this.jdbc.sql("delete from opinion_co_agency where opinion_id = ?").param(opinion.id()).update();
		for (long agency : opinion.coAgencyIds()) {
			this.jdbc.sql("insert into opinion_co_agency (opinion_id, agency_id) values (?, ?)")
				.params(opinion.id(), agency)
				.update();
		}
		for (OpinionStep step : opinion.newSteps()) {
			appendStep(opinion.id(), step);
		}
	}

	/** Appends one step to a case's history and returns its id. */
	public long appendStep(long opinionId, OpinionStep step) {
		return this.jdbc.sql("""
				insert into opinion_history (opinion_id, actor, action, from_status, to_status, note, agency_id,
				                             result_class, rating, channel, days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(opinionId, step.actor(), step.action().name(), (step.from() != null) ? step.from().name() : null,
					step.to().name(), step.note(), step.agencyId(),
					(step.resultClass() != null) ? step.resultClass().name() : null,
					(step.rating() != null) ? step.rating().name() : null,
					(step.channel() != null) ? step.channel().name() : null, step.days())
			.query(Long.class)
			.single();
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
