package org.lianxin.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.lianxin.account.internal.StaffUserView;
import org.lianxin.account.internal.RoleView;
import org.lianxin.account.internal.AccountStore;
import org.lianxin.account.internal.PasswordPolicy;
import org.lianxin.account.internal.StaffSessions;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's public service: roles, staff users and their passwords. */
@Service
public class StaffAccounts {

	/**
	 * The role of whoever administers the whole deployment (created by the account
	 * migrations).
	 */
	public static final String CITY_ADMIN_ROLE = "CITY_ADMIN";

	private final AccountStore store;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final OperationLog log;

	private final StaffSessions sessions;

	StaffAccounts(AccountStore store, PasswordEncoder passwords, PasswordPolicy policy, OperationLog log,
			StaffSessions sessions) {
		this.store = store;
		this.sessions = sessions;
		this.passwords = passwords;
		this.policy = policy;
		this.log = log;
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

	public List<RoleView> roles() {
		return this.store.roles();
	}

	/** A user the actor may administer: inside their data scope. */
	public Optional<StaffUserView> findUser(CurrentUser actor, long id) {
		return this.store.findUser(id).filter(user -> actor.scope().coversRegion(user.regionCode(), user.regionPath()));
	}

	/**
	 * Creates a staff account on behalf of an administrator, under {@link RolePolicy}.
	 */
	@Transactional
	public long create(CurrentUser actor, NewStaffUser user, String rawPassword) {
		if (this.store.findLogin(user.username()).isPresent()) {
			throw new RuleViolationException("username", "user.username.taken", user.username());
		}
		checkAssignment(actor, user.scope(), user.regionCode(), user.agencyId(), user.roleCodes());
		this.policy.check(user.username(), rawPassword).ifPresent(problem -> {
			throw new RuleViolationException("password", problem);
		});
		this.store.insertUser(user, this.passwords.encode(rawPassword), false);
		long id = this.store.findLogin(user.username()).orElseThrow().id();
		this.log.record("account.user.create", "user " + user.username(),
				user.scope() + " " + user.regionCode() + " " + new TreeSet<>(user.roleCodes()));
		return id;
	}

	/**
	 * Changes who a user is and what they may do; a new password is optional. A change to
	 * anything but the display name ends the user's sessions and API tokens.
	 */
	@Transactional
	public void update(CurrentUser actor, long id, String displayName, String regionCode, Long agencyId,
			DataScopeKind scope, boolean enabled, Set<String> roleCodes, String newPassword) {
		StaffUserView existing = findUser(actor, id)
			.orElseThrow(() -> new org.lianxin.platform.web.NotFoundException("user " + id));
		if (existing.id() == actor.id() && !enabled) {
			throw new RuleViolationException("enabled", "user.disable.self");
		}
		checkAssignment(actor, scope, regionCode, agencyId, roleCodes);
		if (newPassword != null && !newPassword.isBlank()) {
			this.policy.check(existing.username(), newPassword).ifPresent(problem -> {
				throw new RuleViolationException("password", problem);
			});
			this.store.updatePassword(id, this.passwords.encode(newPassword));
		}
		this.store.updateUser(id, displayName.strip(), regionCode, agencyId, scope, enabled, roleCodes);
		boolean passwordReset = newPassword != null && !newPassword.isBlank();
		boolean accessChanged = passwordReset || enabled != existing.enabled()
				|| !regionCode.equals(existing.regionCode()) || !Objects.equals(agencyId, existing.agencyId())
				|| scope != existing.dataScope() || !roleCodes.equals(existing.roles());
		int ended = accessChanged ? this.sessions.endAllButCurrent(id, existing.username()) : 0;
		this.log.record("account.user.update", "user " + existing.username(),
				scope + " " + regionCode + " " + new TreeSet<>(roleCodes) + (enabled ? "" : " disabled")
						+ (passwordReset ? " password reset" : "")
						+ (accessChanged ? ", sessions ended: " + ended + ", API tokens revoked" : ""));
	}

	private void checkAssignment(CurrentUser actor, DataScopeKind scope, String regionCode, Long agencyId,
			Set<String> roleCodes) {
		String regionPath = this.store.regionPath(regionCode)
			.orElseThrow(() -> new RuleViolationException("regionCode", "user.region.outside-scope"));
		String problem = RolePolicy.check(actor, scope, regionCode, regionPath, roleCodes,
				this.store.permissionsByRole());
		if (problem != null) {
			throw new RuleViolationException(problem.startsWith("user.role") ? "roleCodes"
					: problem.equals("user.scope.too-wide") ? "dataScope" : "regionCode", problem);
		}
		if (agencyId != null) {
			String agencyRegion = this.store.agencyRegion(agencyId)
				.orElseThrow(() -> new RuleViolationException("agencyId", "user.agency.unknown"));
			String agencyPath = this.store.regionPath(agencyRegion).orElseThrow();
			if (!actor.scope().coversRegion(agencyRegion, agencyPath)) {
				throw new RuleViolationException("agencyId", "user.agency.unknown");
			}
		}
		else if (scope == DataScopeKind.OWN_AGENCY) {
			throw new RuleViolationException("agencyId", "user.agency.required");
		}
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
		// whoever else knew the old password is signed out everywhere; this session stays
		int ended = this.sessions.endAllButCurrent(login.id(), login.username());
		this.log.record("account.password.change", "user " + user.username(),
				"other sessions ended: " + ended + ", API tokens revoked");
	}

	/**
	 * The display names of the staff users with these usernames; names that are no staff
	 * user's (a citizen, the system) are left out.
	 */
	public Map<String, String> displayNames(Collection<String> usernames) {
		return usernames.isEmpty() ? Map.of() : this.store.displayNames(Set.copyOf(usernames));
	}

	/** Whether an enabled account holds the city administrator's role. */
	public boolean hasCityAdministrator() {
		return this.store.countEnabledWithRole(CITY_ADMIN_ROLE) > 0;
	}

	/** Whether any account still has a published demo password. */
	public long countDemoPasswords() {
		return this.store.countDemoPasswords();
	}

}
