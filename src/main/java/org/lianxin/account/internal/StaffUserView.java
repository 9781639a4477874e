package org.lianxin.account.internal;

import org.lianxin.account.DataScopeKind;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A staff account as the user administration shows it. */
public record StaffUserView(long id, String username, String displayName, String regionCode, String regionPath,
		Long agencyId, DataScopeKind dataScope, boolean enabled, String roleCodes) {

	public Set<String> roles() {
		return Arrays.stream(this.roleCodes.split(",")).filter(code -> !code.isBlank()).collect(Collectors.toSet());
	}

}
