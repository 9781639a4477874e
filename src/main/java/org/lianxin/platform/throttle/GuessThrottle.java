package org.lianxin.platform.throttle;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts wrong guesses of a secret (a password, a phone number's last digits) per subject
 * and client, and per client across subjects, under a {@link GuessRule}. A guess is
 * counted before it is checked, in one statement that admits it or not ({@code insert …
 * on conflict do update … where not blocked}): parallel guesses queue on the row and
 * cannot pass the allowance together. The rows are in the database, so every node counts
 * the same guesses. A stranger guessing from another address does not stop the owner:
 * each (subject, client) pair has its own count.
 */
@Component
public class GuessThrottle {

	/**
	 * The row that counts a client's guesses across every subject has its own kind (the
	 * rule's, with this suffix), so no subject typed can be taken for it.
	 */
	private static final String ACROSS_SUBJECTS = "/any";

	/** The longest subject and client key kept; longer ones are cut (columns' width). */
	private static final int LONGEST_KEY = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	public GuessThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A (subject, client) pair's count as an administrator sees it. */
	public record GuessCount(String client, int attempts, Instant blockedUntil, Instant lastAttemptAt) {

		public boolean blocked(Instant now) {
			return this.blockedUntil != null && this.blockedUntil.isAfter(now);
		}

	}

	/**
	 * Counts a guess, unless the pair or the client must wait.
	 * @param subject what is guessed at, as typed (normalised by the caller)
	 * @param client the client's key (see {@code platform.web.ClientAddresses})
	 */
	public GuessVerdict attempt(GuessRule rule, String subject, String client) {
		Instant now = this.clock.instant();
		String kind = rule.kind();
		subject = cut(subject);
		client = cut(client);
		Optional<Taken> pair = take(kind, subject, client, rule, rule.perSubject(), now);
		if (pair.isEmpty()) {
			return refused(kind, subject, client, now);
		}
		Optional<Taken> any = take(kind + ACROSS_SUBJECTS, "", client, rule, rule.perClient(), now);
		if (any.isEmpty()) {
			refund(kind, subject, client);
			return refused(kind + ACROSS_SUBJECTS, "", client, now);
		}
		int remaining = Math.min(rule.perSubject() - pair.get().attempts(), rule.perClient() - any.get().attempts());
		Instant retryAt = later(pair.get().blockedUntil(), any.get().blockedUntil());
		return new GuessVerdict(true, retryAt, Math.max(0, remaining));
	}

	/**
	 * The guess was right: the pair starts afresh, and the guess no longer counts against
	 * the client (earlier wrong ones still do).
	 */
	public void succeeded(GuessRule rule, String subject, String client) {
		this.jdbc.sql("delete from guess_throttle where kind = ? and subject = ? and client = ?")
			.params(rule.kind(), cut(subject), cut(client))
			.update();
		refund(rule.kind() + ACROSS_SUBJECTS, "", cut(client));
	}

	/** The counts against a subject that have not been forgotten, blocked ones first. */
	public List<GuessCount> counts(String kind, String subject) {
		return this.jdbc.sql("""
				select client, attempts, blocked_until, last_attempt_at from guess_throttle
				where kind = ? and subject = ? and expires_at > ? and attempts > 0
				order by blocked_until desc nulls last, last_attempt_at desc limit 100""")
			.params(kind, cut(subject), utc(this.clock.instant()))
			.query((rs, n) -> new GuessCount(rs.getString(1), rs.getInt(2),
					instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class))))
			.list();
	}

	/**
	 * Forgets every count against a subject (an administrator lifting a lock).
	 * @return how many (subject, client) pairs were forgotten
	 */
	public int clear(String kind, String subject) {
		return this.jdbc.sql("delete from guess_throttle where kind = ? and subject = ?")
			.params(kind, cut(subject))
			.update();
	}

	/** Deletes forgotten rows, a batch at a time; returns how many. */
	int removeExpired(int batch) {
		return this.jdbc.sql("""
				delete from guess_throttle where ctid = any (array(
				    select ctid from guess_throttle where expires_at <= ? limit ?))""")
			.params(utc(this.clock.instant()), batch)
			.update();
	}

	private record Taken(int attempts, Instant blockedUntil) {
	}

	private Optional<Taken> take(String kind, String subject, String client, GuessRule rule, int free, Instant now) {
		// the attempt this guess makes it, starting afresh once the old count is
		// forgotten
		String attempt = "(case when t.expires_at <= :now then 1 else t.attempts + 1 end)";
		return this.jdbc
			.sql("""
					insert into guess_throttle as t (kind, subject, client, attempts, blocked_until, last_attempt_at, expires_at)
					values (:kind, :subject, :client, 1,
					        case when 1 >= :free then :now + cast(:first as bigint) * interval '1 millisecond' end, :now, :expires)
					on conflict (kind, subject, client) do update set
					    attempts = %1$s,
					    blocked_until = case when %1$s >= :free then :now + least(:longest,
					        :first * power(2, least(%1$s - :free, 40))) * interval '1 millisecond' end,
					    last_attempt_at = :now,
					    expires_at = :expires
					where t.blocked_until is null or t.blocked_until <= :now
					returning attempts, blocked_until"""
				.formatted(attempt))
			.param("kind", kind)
			.param("subject", subject)
			.param("client", client)
			.param("free", free)
			.param("now", utc(now))
			.param("first", rule.firstWait().toMillis())
			.param("longest", rule.longestWait().toMillis())
			.param("expires", utc(now.plus(rule.forgetAfter())))
			.query((rs, n) -> new Taken(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class))))
			.optional();
	}

	private GuessVerdict refused(String kind, String subject, String client, Instant now) {
		Instant until = this.jdbc
			.sql("select blocked_until from guess_throttle where kind = ? and subject = ? and client = ?")
			.params(kind, subject, client)
			.query(OffsetDateTime.class)
			.optional()
			.map(GuessThrottle::instant)
			.orElse(now);
		return new GuessVerdict(false, until, 0);
	}

	private void refund(String kind, String subject, String client) {
		this.jdbc.sql("""
				update guess_throttle set attempts = greatest(attempts - 1, 0)
				where kind = ? and subject = ? and client = ?""").params(kind, subject, client).update();
	}

	private static String cut(String key) {
		String value = (key != null) ? key : "";
		return (value.length() > LONGEST_KEY) ? value.substring(0, LONGEST_KEY) : value;
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
