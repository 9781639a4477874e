package org.lianxin.account;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff user, as every module sees it ({@code @AuthenticationPrincipal}).
 * Kept in the session, so it holds no password.
 */
public record CurrentUser(long id, String username, String displayName, Set<String> roles, Set<String> permissions,
		DataScope scope, boolean enabled) implements UserDetails {

	/**
	 * The system itself, for scheduled jobs that read as far as the given scope reaches;
	 * it holds no permission.
	 */
	public static CurrentUser system(DataScope scope) {
		return new CurrentUser(0, "system", "系统", Set.of(), Set.of(), scope, true);
	}

	public boolean can(String permission) {
		return this.permissions.contains(permission);
	}

	public String regionCode() {
		return this.scope.regionCode();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Stream.concat(this.permissions.stream(), this.roles.stream().map(role -> "ROLE_" + role))
			.map(SimpleGrantedAuthority::new)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
