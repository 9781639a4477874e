package org.lianxin.workday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;

import org.lianxin.workday.internal.DayKind;
import org.lianxin.workday.internal.CalendarException;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar every deadline uses. The exceptions are read from the database
 * and kept in memory; an edit on any node refreshes every node's copy
 * ({@link SharedCache#WORKDAY_CALENDAR}).
 */
@Service
public class WorkdayCalendar {

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	private final Caches caches;

	/** One entry: the calendar with every exception. */
	private final Cache<String, WorkingDays> days;

	WorkdayCalendar(JdbcClient jdbc, OperationLog log, Clock clock, Caches caches) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.caches = caches;
		this.days = caches.of(SharedCache.WORKDAY_CALENDAR);
	}

	/** The calendar as it stands now. */
	public WorkingDays workingDays() {
		return this.days.get("all", all -> load());
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
		this.caches.changed(SharedCache.WORKDAY_CALENDAR);
	}

	/** Returns a day to the Monday-to-Friday rule. */
	@Transactional
	public boolean remove(LocalDate day) {
		boolean removed = this.jdbc.sql("delete from workday_exception where day = ?").param(day).update() == 1;
		if (removed) {
			this.log.record("workday.exception.remove", "day " + day, null);
			this.caches.changed(SharedCache.WORKDAY_CALENDAR);
		}
		return removed;
	}

	private WorkingDays load() {
		Map<LocalDate, DayKind> exceptions = this.jdbc.sql("select day, kind, name from workday_exception")
			.query(CalendarException.class)
			.list()
			.stream()
			.collect(Collectors.toMap(CalendarException::day, CalendarException::kind));
		return new WorkingDays(exceptions);
	}

}
