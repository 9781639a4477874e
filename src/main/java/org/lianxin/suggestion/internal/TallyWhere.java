package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.SqlCondition;

/**
 * A report's filter as a condition on {@code suggestion_tally t}, where the tally can
 * answer it exactly: a scope by region (an office, the city), a region, congress or
 * session, and a period of whole months. Anything else (an agency's or a deputy's own
 * scope, an agency filter, a period starting or ending within a month) is counted from
 * the suggestions themselves.
 */
final class TallyWhere {

	private TallyWhere() {
	}

	static Optional<SqlCondition> of(CurrentUser user, SuggestionFilter filter) {
		DataScopeKind kind = user.scope().kind();
		boolean byRegion = kind == DataScopeKind.ALL || kind == DataScopeKind.REGION_AND_BELOW
				|| kind == DataScopeKind.OWN_REGION;
		if (!byRegion || filter.agencyId() != null || !filter.statuses().isEmpty() || filter.overdue() != null
				|| filter.figure() != null || filter.before() != null || !startsMonth(filter.from())
				|| !endsMonth(filter.to())) {
			return Optional.empty();
		}
		SqlCondition scope = user.scope().restrict("t.region_code", null, null);
		Map<String, Object> params = new HashMap<>(scope.params());
		StringJoiner where = new StringJoiner(" and ");
		where.add(scope.sql());
		SuggestionConditions.placed("t", filter, where, params);
		if (filter.from() != null) {
			where.add("t.month >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("t.month <= :to");
			params.put("to", filter.to());
		}
		return Optional.of(new SqlCondition(where.toString(), params));
	}

	private static boolean startsMonth(LocalDate from) {
		return from == null || from.getDayOfMonth() == 1;
	}

	private static boolean endsMonth(LocalDate to) {
		return to == null || to.getDayOfMonth() == to.lengthOfMonth();
	}

}
