package org.lianxin.account;

import java.util.Set;

/** What it takes to create a staff account. */
public record NewStaffUser(String username, String displayName, String regionCode, Long agencyId, DataScopeKind scope,
		Set<String> roleCodes) {
}
