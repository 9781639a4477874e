package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.Map;

import org.lianxin.account.SqlCondition;

/**
 * The {@code where} clause of a list or count over a period: the user's scope, the
 * period, and optionally a region and everything below it (the row's region joined as
 * {@code g}).
 */
final class ScopedPeriod {

	private ScopedPeriod() {
	}

	/**
	 * @param periodCondition SQL over {@code :from} and {@code :to}, from code constants
	 * @param params filled with the clause's parameters
	 */
	static String where(SqlCondition scope, String regionCode, LocalDate from, LocalDate to, String periodCondition,
			Map<String, Object> params) {
		params.putAll(scope.params());
		params.put("from", from);
		params.put("to", to);
		String where = " where " + scope.sql() + " and " + periodCondition;
		if (regionCode != null && !regionCode.isBlank()) {
			params.put("region", regionCode);
			where += " and g.path like (select path from region_view where code = :region) || '%'";
		}
		return where;
	}

}
