package org.lianxin.notification.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.lianxin.account.OperationLog;
import org.lianxin.platform.database.Batches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox is for checking delivery, and its rows carry the recipient (masked, and
 * sealed for a retry): every night the messages sent or given up longer ago than the
 * retention are deleted in small batches, and the operation log says how many. A message
 * still waiting for a retry is never deleted.
 */
@Configuration(proxyBeanMethods = false)
public class OutboxRetention {

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	private final Period retention;

	OutboxRetention(JdbcClient jdbc, OperationLog log, Clock clock,
			@Value("${lianxin.retention.notification-outbox:P180D}") String retention) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.retention = Period.parse(retention);
	}

	@Bean
	RecurringTask<Void> outboxRetentionTask(@Value("${lianxin.retention.run-at:04:00}") String at) {
		return Tasks
			.recurring("retention-notification-outbox", Schedules.daily(this.clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> run());
	}

	/** Deletes the settled messages past their retention; how many. */
	public int run() {
		OffsetDateTime before = OffsetDateTime.now(this.clock).minus(this.retention);
		int deleted = Batches.untilDone(BATCH,
				() -> this.jdbc.sql("""
						delete from notification_outbox where id in (
						    select id from notification_outbox
						    where status <> 'PENDING' and created_at < :before
						    order by created_at limit :batch for update skip locked)""")
					.param("before", before)
					.param("batch", BATCH)
					.update());
		this.log.record("system", "privacy.retention.outbox", "notification_outbox",
				"deleted " + deleted + " settled message(s) older than " + this.retention);
		return deleted;
	}

}
