package org.lianxin.opinion.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys Open311 clients post with: issued and revoked by an administrator, checked on
 * every post. A key is a random secret shown once; only its SHA-256 digest is stored.
 */
@Service
public class Open311Keys {

	/** How often a key's last use is written down: more often tells nobody anything. */
	static final Duration USE_STAMP = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Open311ApiKeyRepository keys;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	Open311Keys(Open311ApiKeyRepository keys, JdbcClient jdbc, OperationLog log, Clock clock) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	/** A key just issued, and its secret, which is never available again. */
	public record Issued(Open311ApiKey key, String secret) {
	}

	/** Every key, those in use first, newest first. */
	public List<Open311ApiKey> all() {
		return this.keys.findAllByOrderByRevokedAtDescIssuedAtDesc();
	}

	@Transactional
	public Issued issue(CurrentUser by, String name, String contact) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String secret = "lx311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Open311ApiKey key = this.keys.save(Open311ApiKey.issue(name, contact, digest(secret), secret.substring(0, 10),
				this.clock.instant(), by.username()));
		this.log.record("opinion.open311-key.issue", "open311 key " + key.id(), key.name());
		return new Issued(key, secret);
	}

	@Transactional
	public void revoke(CurrentUser by, long id) {
		Open311ApiKey key = this.keys.findById(id).orElseThrow(() -> new NotFoundException("open311 key " + id));
		if (!key.revoked()) {
			this.keys.save(key.revoke(this.clock.instant(), by.username()));
			this.log.record("opinion.open311-key.revoke", "open311 key " + id, key.name());
		}
	}

	/**
	 * Whether this secret is a key in use; its use is written down once a minute at most.
	 */
	public boolean admits(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return false;
		}
		Instant now = this.clock.instant();
		record InUse(long id, Instant lastUsedAt) {
		}
		return this.jdbc.sql("select id, last_used_at from open311_api_key where key_digest = ? and revoked_at is null")
			.param(digest(secret.strip()))
			.query(InUse.class)
			.optional()
			.map(key -> {
				if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(USE_STAMP))) {
					this.jdbc.sql("update open311_api_key set last_used_at = ? where id = ?")
						.params(java.sql.Timestamp.from(now), key.id())
						.update();
				}
				return true;
			})
			.orElse(false);
	}

	static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
