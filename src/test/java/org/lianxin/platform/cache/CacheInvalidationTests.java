package org.lianxin.platform.cache;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class CacheInvalidationTests {

	@Autowired
	Caches caches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void a_change_announced_by_another_node_empties_this_nodes_copy_within_a_second() {
		Cache<String, String> categories = this.caches.of(SharedCache.OPINION_CATEGORIES);
		// a cache with room to spare: in a one-entry cache (the calendar) any lookup by a
		// background task of an earlier test evicts the marker, and Caffeine may refuse
		// to admit a marker in place of an entry used more often
		Cache<String, String> regions = this.caches.of(SharedCache.REGIONS);
		categories.put("marker", "stale");
		regions.put("marker", "kept");
		// what another node's Caches.changed sends
		this.jdbc.sql("select pg_notify('lianxin_cache', 'OPINION_CATEGORIES')").query(Object.class).list();
		assertThat(within(Duration.ofSeconds(1), () -> categories.getIfPresent("marker") == null)).isTrue();
		assertThat(regions.getIfPresent("marker")).as("only the named cache").isEqualTo("kept");
	}

	@Test
	void a_change_of_some_keys_announced_by_another_node_forgets_only_those() {
		Cache<String, String> pages = this.caches.of(SharedCache.PUBLIC_PROJECT_PAGES);
		pages.put("changed", "stale");
		pages.put("other", "kept");
		// what another node's Caches.changed(name, keys) sends
		this.jdbc.sql("select pg_notify('lianxin_cache', 'PUBLIC_PROJECT_PAGES' || chr(10) || 'changed')")
			.query(Object.class)
			.list();
		assertThat(within(Duration.ofSeconds(1), () -> pages.getIfPresent("changed") == null)).isTrue();
		assertThat(pages.getIfPresent("other")).as("only the named keys").isEqualTo("kept");
	}

	@Test
	void what_a_transaction_cached_before_its_change_committed_is_forgotten_when_it_ends() {
		Cache<String, String> calendar = this.caches.of(SharedCache.WORKDAY_CALENDAR);
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.caches.changed(SharedCache.WORKDAY_CALENDAR);
			// a reader inside the transaction caches what it sees
			calendar.put("marker", "read before the commit");
		});
		assertThat(calendar.getIfPresent("marker")).as("forgotten when the transaction ended").isNull();
	}

	@Test
	void after_losing_its_connection_the_listener_reconnects_and_forgets_everything() {
		Cache<String, String> pages = this.caches.of(SharedCache.PUBLIC_PAGES);
		pages.put("marker", "from before the outage");
		this.jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
			.param(CacheInvalidationListener.APPLICATION_NAME)
			.query(Object.class)
			.list();
		assertThat(within(Duration.ofSeconds(5), () -> pages.getIfPresent("marker") == null))
			.as("everything forgotten on reconnecting")
			.isTrue();
		pages.put("marker", "after the outage");
		this.jdbc.sql("select pg_notify('lianxin_cache', 'PUBLIC_PAGES')").query(Object.class).list();
		assertThat(within(Duration.ofSeconds(1), () -> pages.getIfPresent("marker") == null))
			.as("and hears changes again")
			.isTrue();
	}

	private static boolean within(Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
		}
		return true;
	}

}
