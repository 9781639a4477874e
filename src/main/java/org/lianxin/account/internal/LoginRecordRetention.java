package org.lianxin.account.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.lianxin.account.OperationLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins are kept only while they matter for throttling: every night the records
 * whose last failure is older than the retention (and whose lock has run out) are deleted
 * in small batches, and the operation log says how many.
 */
@Configuration(proxyBeanMethods = false)
public class LoginRecordRetention {

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	private final Period retention;

	LoginRecordRetention(JdbcClient jdbc, OperationLog log, Clock clock,
			@Value("${lianxin.retention.login-records:P90D}") String retention) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.retention = Period.parse(retention);
	}

	@Bean
	RecurringTask<Void> loginRecordRetentionTask(@Value("${lianxin.retention.run-at:04:00}") String at) {
		return Tasks.recurring("retention-login-records", Schedules.daily(this.clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> run());
	}

	/** Deletes the sign-in records past their retention; how many. */
	public int run() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		OffsetDateTime before = now.minus(this.retention);
		int deleted = 0;
		int batch;
		do {
			batch = this.jdbc.sql("""
					delete from login_attempt where username in (
					    select username from login_attempt
					    where coalesce(last_failure_at, '-infinity') < :before
					      and (locked_until is null or locked_until < :now)
					    limit :batch for update skip locked)""")
				.param("before", before)
				.param("now", now)
				.param("batch", BATCH)
				.update();
			deleted += batch;
		}
		while (batch == BATCH);
		this.log.record("system", "privacy.retention.login", "login_attempt",
				"deleted " + deleted + " sign-in record(s) older than " + this.retention);
		return deleted;
	}

}
