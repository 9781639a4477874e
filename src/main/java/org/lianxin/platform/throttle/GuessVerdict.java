package org.lianxin.platform.throttle;

import java.time.Instant;

/**
 * Whether a guess may be checked now.
 *
 * @param admitted whether the guess may be checked; if not, it was not counted either
 * @param retryAt when the next guess for this subject from this client will be admitted,
 * if it has to wait
 * @param remaining how many more wrong guesses are free after this one (0 if the next has
 * to wait)
 */
public record GuessVerdict(boolean admitted, Instant retryAt, int remaining) {

	/** Whole seconds until {@link #retryAt()}, at least 1: the value of Retry-After. */
	public long secondsToWait(Instant now) {
		if (this.retryAt == null) {
			return 0;
		}
		long millis = this.retryAt.toEpochMilli() - now.toEpochMilli();
		return Math.max(1, (millis + 999) / 1000);
	}

}
