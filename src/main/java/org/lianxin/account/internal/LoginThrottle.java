package org.lianxin.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a username for 15 minutes after 5 wrong passwords in a row. Counted per username
 * typed, whether or not the account exists, so the answers never reveal which usernames
 * are real.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * After a wrong password: how many tries remain, or until when the username is
	 * locked.
	 */
	record Failure(int remainingAttempts, Instant lockedUntil) {
	}

	Optional<Instant> lockedUntil(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_attempt where username = ?")
			.param(username)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now));
	}

	Failure recordFailure(String username) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		// a lock that has run out starts a fresh count
		int failures = this.jdbc
			.sql("""
					insert into login_attempt as a (username, failures, last_failure_at) values (:username, 1, :now)
					on conflict (username) do update set
					    failures = case when a.locked_until is not null and a.locked_until <= :now then 1 else a.failures + 1 end,
					    locked_until = case when a.locked_until <= :now then null else a.locked_until end,
					    last_failure_at = :now
					returning failures""")
			.param("username", username)
			.param("now", now)
			.query(Integer.class)
			.single();
		if (failures < MAX_FAILURES) {
			return new Failure(MAX_FAILURES - failures, null);
		}
		OffsetDateTime until = now.plus(LOCK_DURATION);
		this.jdbc.sql("update login_attempt set failures = 0, locked_until = ? where username = ?")
			.params(until, username)
			.update();
		return new Failure(0, until.toInstant());
	}

	void reset(String username) {
		this.jdbc.sql("delete from login_attempt where username = ?").param(username).update();
	}

}
