package org.lianxin.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.throttle.GuessVerdict;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a staff user's password, with the waits of {@link LoginThrottle}. Used by the
 * login form and by the API's token endpoint alike.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

	private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AccountStore accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final OperationLog log;

	/** Compared against when the username is unknown, so both cases take as long. */
	private final String unknownUserHash;

	StaffAuthenticationProvider(AccountStore accounts, LoginThrottle throttle, PasswordEncoder passwords, Clock clock,
			OperationLog log) {
		this.accounts = accounts;
		this.log = log;
		this.throttle = throttle;
		this.passwords = passwords;
		this.clock = clock;
		this.unknownUserHash = passwords.encode("no such user");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = AccountStore.normalize(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		GuessVerdict verdict = this.throttle.attempt(username);
		if (!verdict.admitted()) {
			this.log.record(username, "account.login.throttled", null, "until " + verdict.retryAt());
			throw throttled(verdict.retryAt());
		}
		Optional<StoredLogin> login = this.accounts.findLogin(username);
		boolean matches = this.passwords.matches(password,
				login.map(StoredLogin::passwordHash).orElse(this.unknownUserHash));
		if (login.isEmpty() || !matches) {
			boolean mustWait = verdict.remaining() == 0 && verdict.retryAt() != null;
			this.log.record(username, "account.login.failed", null,
					mustWait ? "wait until " + verdict.retryAt() : null);
			if (mustWait) {
				throw throttled(verdict.retryAt());
			}
			throw new LoginRefusedException("login.bad-credentials", verdict.remaining());
		}
		this.throttle.succeeded(username);
		if (!login.get().enabled()) {
			throw new LoginRefusedException("login.disabled");
		}
		this.log.record(username, "account.login", null, null);
		CurrentUser user = this.accounts.loadCurrentUser(login.get().id());
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/**
	 * Says when to try again, rounded up to the minute so the time shown is never early.
	 */
	private LoginThrottledException throttled(Instant until) {
		Instant shown = until.plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
		return new LoginThrottledException(until, LOCK_TIME.format(shown.atZone(this.clock.getZone())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
