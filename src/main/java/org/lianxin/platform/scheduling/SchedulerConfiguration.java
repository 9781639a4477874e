package org.lianxin.platform.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Background jobs on db-scheduler, in the application's own PostgreSQL: modules
 * contribute their tasks as beans. Cluster-safe (a due job runs on one node), and it
 * starts only once the application is ready, so jobs never see a half-started context.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, ObjectProvider<RecurringTask<?>> recurring,
			@Value("${lianxin.scheduler.threads:2}") int threads,
			@Value("${lianxin.scheduler.polling-interval:10s}") Duration pollingInterval) {
		List<RecurringTask<?>> tasks = recurring.orderedStream().toList();
		return Scheduler.create(dataSource, List.of())
			.startTasks(tasks)
			.threads(threads)
			.pollingInterval(pollingInterval)
			.tableName("scheduled_tasks")
			// a job cut short by a stop runs again on another node or the next start; the
			// stop itself must not wait for it
			.shutdownMaxWait(Duration.ofSeconds(2))
			// a node killed mid-run leaves its job marked as running; with the default
			// five-minute heartbeat nobody takes it over for half an hour (found by
			// bench/run faults: no message was retried after a kill -9)
			.heartbeatInterval(Duration.ofSeconds(10))
			.build();
	}

	@Bean
	SchedulerStarter schedulerStarter(Scheduler scheduler,
			@Value("${lianxin.scheduler.enabled:true}") boolean enabled) {
		return new SchedulerStarter(scheduler, enabled);
	}

	/** Starts the scheduler once the application is ready to serve. */
	static final class SchedulerStarter {

		private final Scheduler scheduler;

		private final boolean enabled;

		SchedulerStarter(Scheduler scheduler, boolean enabled) {
			this.scheduler = scheduler;
			this.enabled = enabled;
		}

		@EventListener(ApplicationReadyEvent.class)
		void start() {
			if (this.enabled) {
				this.scheduler.start();
			}
		}

	}

}
