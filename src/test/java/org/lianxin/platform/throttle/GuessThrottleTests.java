package org.lianxin.platform.throttle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle against the real database, on a clock the test moves: nobody sleeps.
 */
@LianxinTest
class GuessThrottleTests {

	private static final GuessRule RULE = new GuessRule("test", 5, 1000, Duration.ofMinutes(1), Duration.ofMinutes(15),
			Duration.ofHours(1));

	private static final GuessRule SPRAY_RULE = new GuessRule("test", 5, 8, Duration.ofMinutes(1),
			Duration.ofMinutes(15), Duration.ofHours(1));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T02:00:00Z"));

	private GuessThrottle throttle() {
		return new GuessThrottle(this.jdbc, this.clock);
	}

	@Test
	void five_wrong_guesses_make_the_pair_wait_a_minute_then_the_waits_double_up_to_the_cap() {
		GuessThrottle throttle = throttle();
		String subject = "waits-" + System.nanoTime();
		for (int i = 1; i <= 4; i++) {
			GuessVerdict verdict = throttle.attempt(RULE, subject, "198.51.100.1");
			assertThat(verdict.admitted()).isTrue();
			assertThat(verdict.remaining()).isEqualTo(5 - i);
			assertThat(verdict.retryAt()).isNull();
		}
		GuessVerdict fifth = throttle.attempt(RULE, subject, "198.51.100.1");
		assertThat(fifth.admitted()).isTrue();
		assertThat(fifth.retryAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
		GuessVerdict refused = throttle.attempt(RULE, subject, "198.51.100.1");
		assertThat(refused.admitted()).isFalse();
		assertThat(refused.retryAt()).isEqualTo(fifth.retryAt());
		assertThat(refused.secondsToWait(this.clock.instant())).isEqualTo(60);

		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			this.clock.moveTo(throttle.attempt(RULE, subject, "198.51.100.1").retryAt());
			Instant before = this.clock.instant();
			waits.add(Duration.between(before, throttle.attempt(RULE, subject, "198.51.100.1").retryAt()));
			this.clock.moveTo(before);
		}
		assertThat(waits.get(0)).isEqualTo(Duration.ofMinutes(2));
		assertThat(waits.get(1)).isEqualTo(Duration.ofMinutes(4));
		assertThat(waits.get(2)).isEqualTo(Duration.ofMinutes(8));
		assertThat(waits.subList(3, 6)).containsOnly(Duration.ofMinutes(15));
	}

	@Test
	void a_wait_ends_and_an_hour_without_guesses_forgets_the_count() {
		GuessThrottle throttle = throttle();
		String subject = "expires-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			throttle.attempt(RULE, subject, "198.51.100.2");
		}
		assertThat(throttle.attempt(RULE, subject, "198.51.100.2").admitted()).isFalse();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(throttle.attempt(RULE, subject, "198.51.100.2").admitted()).as("still waiting").isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		GuessVerdict afterWait = throttle.attempt(RULE, subject, "198.51.100.2");
		assertThat(afterWait.admitted()).as("the minute is over").isTrue();
		assertThat(afterWait.remaining()).as("but one more wrong guess waits again").isZero();

		this.clock.advance(Duration.ofHours(1).plusMinutes(2));
		GuessVerdict forgotten = throttle.attempt(RULE, subject, "198.51.100.2");
		assertThat(forgotten.admitted()).isTrue();
		assertThat(forgotten.remaining()).as("counted afresh").isEqualTo(4);
		assertThat(throttle.removeExpired(1000)).isGreaterThanOrEqualTo(0);
	}

	@Test
	void another_address_is_not_held_back_by_a_strangers_guesses_but_one_address_spraying_subjects_is() {
		GuessThrottle throttle = throttle();
		String owner = "owner-" + System.nanoTime();
		for (int i = 0; i < 20; i++) {
			throttle.attempt(RULE, owner, "198.51.100.3");
		}
		assertThat(throttle.attempt(RULE, owner, "198.51.100.4").admitted()).isTrue();

		String sprayer = "198.51.100.5-" + System.nanoTime();
		long admitted = 0;
		for (int i = 0; i < 20; i++) {
			if (throttle.attempt(SPRAY_RULE, "spray-" + i + "-" + System.nanoTime(), sprayer).admitted()) {
				admitted++;
			}
		}
		assertThat(admitted).as("the per-address allowance across subjects").isEqualTo(SPRAY_RULE.perClient());
	}

	@Test
	void a_right_guess_starts_the_pair_afresh_and_an_administrator_can_clear_a_subject() {
		GuessThrottle throttle = throttle();
		String subject = "reset-" + System.nanoTime();
		for (int i = 0; i < 4; i++) {
			throttle.attempt(RULE, subject, "198.51.100.6");
		}
		throttle.succeeded(RULE, subject, "198.51.100.6");
		assertThat(throttle.attempt(RULE, subject, "198.51.100.6").remaining()).isEqualTo(4);

		for (int i = 0; i < 6; i++) {
			throttle.attempt(RULE, subject, "198.51.100.7");
		}
		assertThat(throttle.counts("test", subject)).extracting(GuessThrottle.GuessCount::client)
			.containsExactly("198.51.100.7", "198.51.100.6");
		assertThat(throttle.clear("test", subject)).isEqualTo(2);
		assertThat(throttle.attempt(RULE, subject, "198.51.100.7").admitted()).isTrue();
	}

	@Test
	void twenty_parallel_guesses_cannot_pass_the_allowance_together() throws Exception {
		GuessThrottle throttle = throttle();
		String subject = "parallel-" + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Boolean>> guesses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				guesses.add(() -> throttle.attempt(RULE, subject, "198.51.100.8").admitted());
			}
			long admitted = 0;
			for (Future<Boolean> guess : pool.invokeAll(guesses)) {
				admitted += guess.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(RULE.perSubject());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void guesses_queued_on_one_pair_are_each_judged_on_the_count_the_one_before_left() throws Exception {
		GuessThrottle throttle = throttle();
		String subject = "queued-" + System.nanoTime();
		throttle.attempt(RULE, subject, "198.51.100.9");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try (Connection holder = this.dataSource.getConnection()) {
			// another transaction holds the pair's row: every guess now waits for it, and
			// a check that read the count before writing would read the same count six
			// times
			// (six: with the holder and this test's queries, within the connection pool)
			holder.setAutoCommit(false);
			try (PreparedStatement lock = holder
				.prepareStatement("select 1 from guess_throttle where kind = 'test' and subject = ? for update")) {
				lock.setString(1, subject);
				lock.executeQuery().close();
			}
			List<Future<Boolean>> guesses = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				guesses.add(pool.submit(() -> throttle.attempt(RULE, subject, "198.51.100.9").admitted()));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (waitingOnLocks() < 6 && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			assertThat(waitingOnLocks()).as("all six wait for the row").isEqualTo(6);
			holder.commit();
			long admitted = 0;
			for (Future<Boolean> guess : guesses) {
				admitted += guess.get() ? 1 : 0;
			}
			assertThat(admitted).as("four left of the five, whatever the order").isEqualTo(4);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long waitingOnLocks() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like '%guess_throttle%' and pid <> pg_backend_pid()""")
			.query(Long.class)
			.single();
	}

	/** A clock that stands still until the test moves it. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		void moveTo(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
