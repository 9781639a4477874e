package org.lianxin.account;

import java.util.Optional;
import java.util.Set;

import org.lianxin.account.internal.AccountStore;
import org.lianxin.account.internal.PasswordPolicy;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's public service: roles, staff users and their passwords. */
@Service
public class StaffAccounts {

	private final AccountStore store;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final OperationLog log;

	StaffAccounts(AccountStore store, PasswordEncoder passwords, PasswordPolicy policy, OperationLog log) {
		this.store = store;
		this.passwords = passwords;
		this.policy = policy;
		this.log = log;
	}

	/** Creates the role if missing and gives it exactly these permissions. */
	@Transactional
	public void defineRole(String code, String name, Set<String> permissions) {
		this.store.defineRole(code, name, permissions);
	}

	/**
	 * Creates the user unless one with that username exists; an existing user is left as
	 * it is.
	 * @param demoPassword whether {@code rawPassword} is a published demo password, which
	 * the production profile refuses to run with
	 * @return whether a user was created
	 */
	@Transactional
	public boolean createIfAbsent(NewStaffUser user, String rawPassword, boolean demoPassword) {
		if (this.store.findLogin(user.username()).isPresent()) {
			return false;
		}
		this.policy.check(user.username(), rawPassword).ifPresent(problem -> {
			throw new RuleViolationException("password", problem);
		});
		this.store.insertUser(user, this.passwords.encode(rawPassword), demoPassword);
		return true;
	}

	public Optional<CurrentUser> findByUsername(String username) {
		return this.store.findLogin(username).map(login -> this.store.loadCurrentUser(login.id()));
	}

	/**
	 * Changes a user's own password after checking the current one and the password
	 * rules.
	 */
	@Transactional
	public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
		var login = this.store.findLogin(user.username()).orElseThrow();
		if (!this.passwords.matches(currentPassword, login.passwordHash())) {
			throw new RuleViolationException("currentPassword", "password.current.wrong");
		}
		if (this.passwords.matches(newPassword, login.passwordHash())) {
			throw new RuleViolationException("newPassword", "password.rule.unchanged");
		}
		this.policy.check(user.username(), newPassword).ifPresent(problem -> {
			throw new RuleViolationException("newPassword", problem);
		});
		this.store.updatePassword(login.id(), this.passwords.encode(newPassword));
		this.log.record("account.password.change", "user " + user.username(), null);
	}

	/** Whether any account still has a published demo password. */
	public long countDemoPasswords() {
		return this.store.countDemoPasswords();
	}

}
