package org.lianxin.account;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who may hand out what. A staff user may give another user only roles whose permissions
 * they hold themselves, only within their own data scope, and the city-wide scope only if
 * they have it — so nobody can make an account more powerful than their own.
 */
final class RolePolicy {

	private RolePolicy() {
	}

	/**
	 * The message key of the first rule broken, or {@code null} if the assignment is
	 * allowed.
	 */
	static String check(CurrentUser actor, DataScopeKind scope, String regionCode, String regionPath,
			Collection<String> roleCodes, Map<String, Set<String>> permissionsByRole) {
		if (!actor.scope().coversRegion(regionCode, regionPath)) {
			return "user.region.outside-scope";
		}
		if (scope == DataScopeKind.ALL && actor.scope().kind() != DataScopeKind.ALL) {
			return "user.scope.too-wide";
		}
		for (String role : roleCodes) {
			Set<String> permissions = permissionsByRole.get(role);
			if (permissions == null) {
				return "user.role.unknown";
			}
			if (!actor.permissions().containsAll(permissions)) {
				return "user.role.too-powerful";
			}
		}
		return null;
	}

}
