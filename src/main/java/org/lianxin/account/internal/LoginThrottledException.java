package org.lianxin.account.internal;

import java.time.Instant;

/**
 * A sign-in refused unread because this username from this address (or this address
 * across usernames) must wait; says until when.
 */
public class LoginThrottledException extends LoginRefusedException {

	private final transient Instant retryAt;

	LoginThrottledException(Instant retryAt, String shownTime) {
		super("login.locked", shownTime);
		this.retryAt = retryAt;
	}

	public Instant retryAt() {
		return this.retryAt;
	}

}
