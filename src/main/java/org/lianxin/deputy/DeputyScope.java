package org.lianxin.deputy;

import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.SqlCondition;

/** The deputies' side of the data scope, for the registry and the lists alike. */
final class DeputyScope {

	private DeputyScope() {
	}

	/**
	 * Seats in the user's scope; deputies a user registered stay theirs under "own
	 * records"; a group liaison's, the current seats in their groups.
	 */
	static SqlCondition of(CurrentUser user, String regionColumn) {
		boolean seats = regionColumn.startsWith("sm.");
		if (seats && user.scope().kind() == DataScopeKind.OWN_GROUPS) {
			return new SqlCondition(
					"sm.ended_on is null and sm.group_id in (select l.group_id from deputy_group_liaison l"
							+ " where l.user_id = :scopeUserId)",
					Map.of("scopeUserId", user.id()));
		}
		return user.scope().restrict(regionColumn, null, seats ? "d.created_by" : null);
	}

}
