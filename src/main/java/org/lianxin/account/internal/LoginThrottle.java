package org.lianxin.account.internal;

import java.time.Duration;
import java.util.List;

import org.lianxin.platform.throttle.GuessRule;
import org.lianxin.platform.throttle.GuessThrottle;
import org.lianxin.platform.throttle.GuessThrottle.GuessCount;
import org.lianxin.platform.throttle.GuessVerdict;
import org.lianxin.platform.web.ClientAddresses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in attempts per (username as typed, client address), whether or not the account
 * exists, so the answers never reveal which usernames are real: after
 * {@code lianxin.sign-in.free-attempts} wrong passwords the pair waits, the wait doubling
 * up to {@code lianxin.sign-in.longest-wait}. A stranger's guesses from another address
 * never stop the owner; one address guessing many accounts is held back by
 * {@code lianxin.sign-in.free-attempts-per-address}.
 */
@Component
public class LoginThrottle {

	static final String KIND = "login";

	private final GuessThrottle throttle;

	private final ClientAddresses clients;

	private final GuessRule rule;

	LoginThrottle(GuessThrottle throttle, ClientAddresses clients,
			@Value("${lianxin.sign-in.free-attempts:5}") int perAccount,
			@Value("${lianxin.sign-in.free-attempts-per-address:30}") int perAddress,
			@Value("${lianxin.sign-in.first-wait:1m}") Duration firstWait,
			@Value("${lianxin.sign-in.longest-wait:15m}") Duration longestWait) {
		this.throttle = throttle;
		this.clients = clients;
		Duration forget = longestWait.multipliedBy(4);
		this.rule = new GuessRule(KIND, perAccount, perAddress, firstWait, longestWait,
				(forget.compareTo(Duration.ofHours(1)) < 0) ? Duration.ofHours(1) : forget);
	}

	/** Counts an attempt from the current request's client, if it may be made now. */
	GuessVerdict attempt(String username) {
		return this.throttle.attempt(this.rule, username, this.clients.currentKey());
	}

	void succeeded(String username) {
		this.throttle.succeeded(this.rule, username, this.clients.currentKey());
	}

	/**
	 * The addresses that have tried this username lately, and which of them must wait.
	 */
	public List<GuessCount> counts(String username) {
		return this.throttle.counts(KIND, AccountStore.normalize(username));
	}

	/** Lets every address try this username again at once. */
	public int clear(String username) {
		return this.throttle.clear(KIND, AccountStore.normalize(username));
	}

}
