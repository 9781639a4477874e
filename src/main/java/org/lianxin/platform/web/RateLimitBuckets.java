package org.lianxin.platform.web;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

/**
 * One token bucket per client, kept in PostgreSQL by Bucket4j
 * ({@code rate_limit_bucket}), so that every node counts the same requests: a burst spent
 * on one node is spent on all. A bucket holds {@code burst} requests and refills at
 * {@code perMinute}; a row is removable once its bucket would be full again.
 */
final class RateLimitBuckets {

	/** A bucket's row outlives the moment it is full again by this much. */
	private static final Duration KEEP_FULL_BUCKETS = Duration.ofSeconds(10);

	private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	/** Part of every key: a change of the settings starts new buckets, not old ones. */
	private final String settings;

	/**
	 * @param clock a wall clock, the same on every node: the buckets' times are compared
	 * across nodes
	 */
	RateLimitBuckets(DataSource dataSource, int perMinute, int burst, TimeMeter clock) {
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.lockColumn("lock_id")
			.clientClock(clock)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
			.build();
		this.configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		this.settings = perMinute + "/" + burst + " ";
	}

	/**
	 * Takes one request from the client's bucket.
	 * @param client the key of the client, see {@link ClientKey}
	 * @return 0 if the request may pass, else the seconds until it would
	 */
	long take(String client) {
		ConsumptionProbe probe = this.buckets.builder()
			.build(this.settings + client, () -> this.configuration)
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

	/**
	 * Deletes the rows of buckets that are full again, a batch at a time.
	 * @return how many were deleted
	 */
	int removeFull(int batch) {
		return this.buckets.removeExpired(batch);
	}

}
