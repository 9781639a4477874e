package org.lianxin.notification.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a failed message waits before its next attempt, and when to give up: the wait
 * doubles from {@code firstDelay} up to {@code maxDelay}, so a short gateway hiccup costs
 * a minute and a long outage is not hammered; after {@code maxAttempts} or
 * {@code giveUpAfter} the message is FAILED for an administrator to see.
 */
@ConfigurationProperties("lianxin.notification.retry")
public record RetryPolicy(@DefaultValue("1m") Duration firstDelay, @DefaultValue("1h") Duration maxDelay,
		@DefaultValue("60") int maxAttempts, @DefaultValue("48h") Duration giveUpAfter) {

	/** When to try again after {@code attempts} failed attempts. */
	public OffsetDateTime nextAttempt(OffsetDateTime now, int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 30);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return now.plus((delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay);
	}

	public boolean givesUp(int attempts, OffsetDateTime queuedAt, OffsetDateTime now) {
		return attempts >= this.maxAttempts || !now.isBefore(queuedAt.plus(this.giveUpAfter));
	}

}
