package org.lianxin.platform.throttle;

import java.time.Duration;

/**
 * How many wrong guesses one client may make before it has to wait (OWASP's "increasing
 * delays" rather than a lockout): per subject ({@code perSubject}, e.g. one account from
 * one address) and across all subjects ({@code perClient}, one address spraying many
 * accounts). Past the allowance each guess makes the next one wait, from
 * {@code firstWait} doubling up to {@code longestWait}. Counts are forgotten
 * {@code forgetAfter} after the last guess.
 *
 * @param kind what is guessed, the key's first part ({@code login}, {@code track})
 */
public record GuessRule(String kind, int perSubject, int perClient, Duration firstWait, Duration longestWait,
		Duration forgetAfter) {

	public GuessRule {
		if (perSubject < 1 || perClient < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0
				|| forgetAfter.compareTo(longestWait) < 0) {
			throw new IllegalArgumentException("inconsistent guess rule for " + kind);
		}
	}

}
