package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.opinion.internal.OpinionAction;
import org.lianxin.opinion.internal.OpinionNoticeIssued;
import org.lianxin.opinion.internal.OpinionStatus;
import org.lianxin.opinion.internal.OpinionStep;
import org.lianxin.opinion.internal.OpinionStepTaken;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches every open case's clock: a reminder (催办) when its stage runs out today or on
 * the next working day, a supervision notice (督办单) once it is overdue, and a higher level
 * for every three more working days overdue, up to {@link #MAX_LEVEL}. Each notice is
 * issued once, so the job may run as often as it likes; a supervision also enters the
 * case's history and shows as the case's escalation level until the case moves on.
 */
@Component
public class Supervision {

	public static final int MAX_LEVEL = 3;

	/** Working days overdue per escalation level. */
	static final int DAYS_PER_LEVEL = 3;

	private static final int BATCH = 500;

	private static final Logger logger = LoggerFactory.getLogger(Supervision.class);

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	private final OpinionHistory history;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Supervision(JdbcClient jdbc, WorkdayCalendar calendar, OpinionHistory history, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.history = history;
		this.events = events;
		this.transactions = transactions;
	}

	/** What one run issued. */
	public record Run(int reminders, int supervisions) {
	}

	private record DueCase(long id, String status, LocalDate stageDueOn, String regionCode, Long leadAgencyId,
			int escalationLevel) {
	}

	/** Issues the reminders and supervision notices due on {@code today}. */
	public Run run(LocalDate today) {
		WorkingDays days = this.calendar.workingDays();
		LocalDate soon = days.plus(today, 1);
		int reminders = 0;
		int supervisions = 0;
		long after = 0;
		while (true) {
			List<DueCase> batch = this.jdbc.sql("""
					select id, status, stage_due_on, region_code, lead_agency_id, escalation_level from opinion
					where stage_due_on <= :soon and status not in ('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED')
					  and id > :after
					order by id limit :batch""")
				.param("soon", soon)
				.param("after", after)
				.param("batch", BATCH)
				.query(DueCase.class)
				.list();
			if (batch.isEmpty()) {
				break;
			}
			after = batch.get(batch.size() - 1).id();
			int[] issued = this.transactions.execute(status -> {
				int[] counts = new int[2];
				for (DueCase due : batch) {
					if (due.stageDueOn().isBefore(today)) {
						counts[1] += supervise(due, days.between(due.stageDueOn(), today)) ? 1 : 0;
					}
					else {
						counts[0] += notice(due, "REMINDER", 0) ? 1 : 0;
					}
				}
				return counts;
			});
			reminders += issued[0];
			supervisions += issued[1];
		}
		if (reminders + supervisions > 0) {
			logger.info("Supervision on {}: {} reminders, {} supervision notices", today, reminders, supervisions);
		}
		return new Run(reminders, supervisions);
	}

	/** The level a case reaches after this many working days overdue. */
	public static int levelFor(int workingDaysOverdue) {
		return Math.min(MAX_LEVEL, 1 + Math.max(0, workingDaysOverdue - 1) / DAYS_PER_LEVEL);
	}

	private boolean supervise(DueCase due, int workingDaysOverdue) {
		int level = levelFor(Math.max(1, workingDaysOverdue));
		if (level <= due.escalationLevel()) {
			return false;
		}
		// only if the case is still where it was read: a step taken meanwhile starts
		// afresh
		int raised = this.jdbc.sql("""
				update opinion set escalation_level = ?
				where id = ? and status = ? and stage_due_on = ? and escalation_level < ?""")
			.params(level, due.id(), due.status(), due.stageDueOn(), level)
			.update();
		if (raised == 0 || !notice(due, "SUPERVISION", level)) {
			return false;
		}
		OpinionStatus status = OpinionStatus.valueOf(due.status());
		this.history.append(due.id(),
				new OpinionStep(OpinionAction.SUPERVISE, status, status, "system",
						"超期 " + workingDaysOverdue + " 个工作日（期限 " + due.stageDueOn() + "）", agencyOf(due), null, null,
						null, level));
		this.events.publishEvent(new OpinionStepTaken(due.id(), OpinionAction.SUPERVISE, status, status));
		return true;
	}

	private boolean notice(DueCase due, String kind, int level) {
		Long issued = this.jdbc.sql("""
				insert into opinion_notice (opinion_id, kind, level, status, stage_due_on, region_code, agency_id)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
			.params(due.id(), kind, level, due.status(), due.stageDueOn(), due.regionCode(), agencyOf(due))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (issued == null) {
			return false;
		}
		// sent on to the agency or office by AgencyMessages once this batch has committed
		this.events.publishEvent(new OpinionNoticeIssued(issued, due.id(), kind, level, due.stageDueOn(),
				due.regionCode(), agencyOf(due)));
		return true;
	}

	/** Who must act: the lead agency while it holds the case, otherwise the office. */
	private static Long agencyOf(DueCase due) {
		return ("ASSIGNED".equals(due.status()) || "IN_PROGRESS".equals(due.status())) ? due.leadAgencyId() : null;
	}

}
