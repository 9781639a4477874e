package org.lianxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the JSON API. Only a SHA-256 hash of each token is stored, so a copy
 * of the database grants no access; the owner can revoke a token from the profile page.
 */
@Service
public class ApiTokens {

	static final Duration LIFETIME = Duration.ofDays(90);

	/** Last use is written at most this often, so reads do not turn into writes. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

	private static final String PREFIX = "lx_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountStore accounts;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AccountStore accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list (never the secret itself). */
	public record TokenInfo(long id, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

		public boolean active() {
			return this.revokedAt == null && this.expiresAt.isAfter(OffsetDateTime.now());
		}

	}

	/** Issues a new token; the returned secret is shown once and never again. */
	public String issue(long userId, String label) {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into api_token (user_id, token_hash, label, created_at, expires_at) values (?, ?, ?, ?, ?)")
			.params(userId, hash(token), label, OffsetDateTime.ofInstant(now, this.clock.getZone()),
					OffsetDateTime.ofInstant(now.plus(LIFETIME), this.clock.getZone()))
			.update();
		return token;
	}

	/** The user a valid, unrevoked, unexpired token belongs to. */
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		record Row(long id, long userId, OffsetDateTime lastUsedAt) {
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		Optional<Row> row = this.jdbc.sql("""
				select t.id, t.user_id, t.last_used_at from api_token t join staff_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
			.params(hash(token), now)
			.query(Row.class)
			.optional();
		row.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
			.ifPresent(r -> this.jdbc.sql("update api_token set last_used_at = ? where id = ?")
				.params(now, r.id())
				.update());
		return row.map(r -> this.accounts.loadCurrentUser(r.userId()));
	}

	public List<TokenInfo> tokensOf(long userId) {
		return this.jdbc.sql("""
				select id, label, created_at, expires_at, last_used_at, revoked_at from api_token
				where user_id = ? order by created_at desc""").param(userId).query(TokenInfo.class).list();
	}

	/** Revokes one of the user's own tokens; returns false if there is no such token. */
	public boolean revoke(long userId, long tokenId) {
		return this.jdbc
			.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId)
			.update() == 1;
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
