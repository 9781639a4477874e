package org.lianxin.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.NoticeIssued;
import org.lianxin.supervision.NoticeKind;
import org.lianxin.supervision.SupervisedClocks;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.WorkingDays;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one watch over every module's clocks: a reminder (催办) when a clock runs out today
 * or on the next working day, a supervision notice (督办单) once it is overdue, and a higher
 * level for every three more working days overdue, up to {@link #MAX_LEVEL}. Each notice
 * is issued once, so the job may run as often as it likes; a supervision is also recorded
 * on the subject by its module ({@link SupervisedClocks#escalate}) in the same
 * transaction, and is not issued when the subject has moved on.
 */
@Component
public class Supervision {

	public static final int MAX_LEVEL = 3;

	/** Working days overdue per escalation level. */
	static final int DAYS_PER_LEVEL = 3;

	private static final int BATCH = 500;

	private static final Logger logger = LoggerFactory.getLogger(Supervision.class);

	private final List<SupervisedClocks> subjects;

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Supervision(List<SupervisedClocks> subjects, JdbcClient jdbc, WorkdayCalendar calendar,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.subjects = subjects;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
	}

	/** What one run issued. */
	public record Run(int reminders, int supervisions) {

		Run plus(Run other) {
			return new Run(this.reminders + other.reminders, this.supervisions + other.supervisions);
		}

	}

	/**
	 * Issues the reminders and supervision notices due on {@code today}, every subject.
	 */
	public Run run(LocalDate today) {
		return run(today, null);
	}

	/**
	 * As {@link #run(LocalDate)} for one kind of subject only ({@code null} for all): a
	 * module's tests watch their own clocks on any day without touching the others'.
	 */
	public Run run(LocalDate today, String only) {
		WorkingDays days = this.calendar.workingDays();
		Run total = new Run(0, 0);
		for (SupervisedClocks subject : this.subjects) {
			if (only == null || only.equals(subject.subject())) {
				total = total.plus(watch(subject, today, days));
			}
		}
		if (total.reminders() + total.supervisions() > 0) {
			logger.info("Supervision on {}: {} reminders, {} supervision notices", today, total.reminders(),
					total.supervisions());
		}
		return total;
	}

	/** The level a clock reaches after this many working days overdue. */
	public static int levelFor(int workingDaysOverdue) {
		return Math.min(MAX_LEVEL, 1 + Math.max(0, workingDaysOverdue - 1) / DAYS_PER_LEVEL);
	}

	/** One subject's clocks, in batches by subject id, one transaction per batch. */
	private Run watch(SupervisedClocks subject, LocalDate today, WorkingDays days) {
		LocalDate soon = days.plus(today, 1);
		Run total = new Run(0, 0);
		long after = 0;
		while (true) {
			List<Clock> batch = subject.dueBy(soon, after, BATCH);
			if (batch.isEmpty()) {
				return total;
			}
			after = batch.get(batch.size() - 1).subjectId();
			total = total.plus(this.transactions.execute(status -> {
				int reminders = 0;
				int supervisions = 0;
				for (Clock clock : batch) {
					if (clock.dueOn().isBefore(today)) {
						supervisions += supervise(subject, clock, days.between(clock.dueOn(), today)) ? 1 : 0;
					}
					else {
						reminders += remind(subject, clock) ? 1 : 0;
					}
				}
				return new Run(reminders, supervisions);
			}));
		}
	}

	private boolean remind(SupervisedClocks subject, Clock clock) {
		Long id = insert(subject, clock, NoticeKind.REMINDER, 0);
		if (id == null) {
			return false;
		}
		announce(id, subject, clock, NoticeKind.REMINDER, 0);
		return true;
	}

	private boolean supervise(SupervisedClocks subject, Clock clock, int workingDaysOverdue) {
		int overdue = Math.max(1, workingDaysOverdue);
		int level = levelFor(overdue);
		if (level <= clock.level()) {
			return false;
		}
		Long id = insert(subject, clock, NoticeKind.SUPERVISION, level);
		if (id == null) {
			return false;
		}
		// the subject records the level only if it is still on this clock: a step taken
		// since it was read starts afresh, and then no notice stands either
		if (!subject.escalate(clock, level, overdue)) {
			this.jdbc.sql("delete from supervision_notice where id = ?").param(id).update();
			return false;
		}
		announce(id, subject, clock, NoticeKind.SUPERVISION, level);
		return true;
	}

	/** The new notice's id, or {@code null} when it was issued before. */
	private Long insert(SupervisedClocks subject, Clock clock, NoticeKind kind, int level) {
		return this.jdbc.sql("""
				insert into supervision_notice (subject, subject_id, stage, kind, level, due_on, region_code, agency_id)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
			.params(subject.subject(), clock.subjectId(), clock.stage(), kind.name(), level, clock.dueOn(),
					clock.regionCode(), clock.agencyId())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** Handed to the subject's module once this batch has committed. */
	private void announce(long id, SupervisedClocks subject, Clock clock, NoticeKind kind, int level) {
		this.events.publishEvent(new NoticeIssued(id, subject.subject(), clock.subjectId(), kind, level, clock.dueOn(),
				clock.regionCode(), clock.agencyId()));
	}

}
