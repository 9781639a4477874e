package org.lianxin.suggestion.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

/**
 * A filter and the user's scope as one SQL condition on {@code suggestion s}: the lists,
 * the figures and the league table narrow the same way. Only the parts in use become SQL.
 */
final class SuggestionConditions {

	private SuggestionConditions() {
	}

	static SqlCondition of(CurrentUser user, SuggestionFilter filter, java.time.LocalDate today) {
		SqlCondition scope = SuggestionScope.of(user);
		Map<String, Object> params = new HashMap<>(scope.params());
		StringJoiner where = new StringJoiner(" and ");
		where.add(scope.sql());
		if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			where.add("s.region_code in (select code from region_view where path like "
					+ "(select path from region_view where code = :regionCode) || '%')");
			params.put("regionCode", filter.regionCode());
		}
		if (filter.congressId() != null) {
			where.add("s.congress_id = :congressId");
			params.put("congressId", filter.congressId());
		}
		if (filter.sessionNumber() != null) {
			where.add("s.session_number = :sessionNumber");
			params.put("sessionNumber", filter.sessionNumber());
		}
		if (!filter.statuses().isEmpty()) {
			where.add("s.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.agencyId() != null) {
			where.add("s.lead_agency_id = :agencyId");
			params.put("agencyId", filter.agencyId());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.add("s.stage_due_on < :today");
			params.put("today", today);
		}
		if (filter.from() != null) {
			where.add("s.filed_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("s.filed_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.figure() != null) {
			where.add(filter.figure().condition());
		}
		if (filter.before() != null) {
			where.add("s.id < :before");
			params.put("before", filter.before());
		}
		return new SqlCondition(where.toString(), params);
	}

}
