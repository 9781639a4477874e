package org.lianxin.workday;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.account.OperationLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar every deadline uses. The exceptions are read from the database
 * and kept in memory; an edit on this node refreshes them at once, other nodes within a
 * minute.
 */
@Service
public class WorkdayCalendar {

	static final Duration REFRESH_AFTER = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	private volatile Snapshot snapshot;

	private record Snapshot(WorkingDays days, Instant loadedAt) {
	}

	WorkdayCalendar(JdbcClient jdbc, OperationLog log, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	/** The calendar as it stands now. */
	public WorkingDays workingDays() {
		Snapshot current = this.snapshot;
		if (current == null || current.loadedAt().plus(REFRESH_AFTER).isBefore(this.clock.instant())) {
			current = load();
		}
		return current.days();
	}

	public boolean isWorkingDay(LocalDate day) {
		return workingDays().isWorkingDay(day);
	}

	/** See {@link WorkingDays#plus(LocalDate, int)}. */
	public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
		return workingDays().plus(start, workingDays);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The moment the day begins in the deployment's time zone, for queries by day. */
	public java.time.OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
	}

	public List<CalendarException> exceptionsOf(int year) {
		return this.jdbc
			.sql("select day, kind, name from workday_exception where extract(year from day) = ? order by day")
			.param(year)
			.query(CalendarException.class)
			.list();
	}

	/** Adds or changes the exception of one day. */
	@Transactional
	public void save(CalendarException exception) {
		this.jdbc.sql("""
				insert into workday_exception (day, kind, name) values (?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
			.params(exception.day(), exception.kind().name(), exception.name().strip())
			.update();
		this.log.record("workday.exception.save", "day " + exception.day(), exception.kind() + " " + exception.name());
		forgetAfterCommit();
	}

	/** Returns a day to the Monday-to-Friday rule. */
	@Transactional
	public boolean remove(LocalDate day) {
		boolean removed = this.jdbc.sql("delete from workday_exception where day = ?").param(day).update() == 1;
		if (removed) {
			this.log.record("workday.exception.remove", "day " + day, null);
			forgetAfterCommit();
		}
		return removed;
	}

	/** Reloads on next use, once the change is visible to the reload. */
	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					WorkdayCalendar.this.snapshot = null;
				}
			});
		}
		else {
			this.snapshot = null;
		}
	}

	private Snapshot load() {
		Map<LocalDate, DayKind> exceptions = this.jdbc.sql("select day, kind, name from workday_exception")
			.query(CalendarException.class)
			.list()
			.stream()
			.collect(Collectors.toMap(CalendarException::day, CalendarException::kind));
		Snapshot loaded = new Snapshot(new WorkingDays(exceptions), this.clock.instant());
		this.snapshot = loaded;
		return loaded;
	}

}
