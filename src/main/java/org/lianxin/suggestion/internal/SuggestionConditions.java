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
		placed("s", filter, where, params);
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

	/**
	 * The filter's region (and below), congress and session, on the columns of the rows
	 * named {@code alias}: the suggestions and the tally are placed alike.
	 */
	static void placed(String alias, SuggestionFilter filter, StringJoiner where, Map<String, Object> params) {
		if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			where.add(alias + ".region_code in (select code from region_view where path like "
					+ "(select path from region_view where code = :regionCode) || '%')");
			params.put("regionCode", filter.regionCode());
		}
		if (filter.congressId() != null) {
			where.add(alias + ".congress_id = :congressId");
			params.put("congressId", filter.congressId());
		}
		if (filter.sessionNumber() != null) {
			where.add(alias + ".session_number = :sessionNumber");
			params.put("sessionNumber", filter.sessionNumber());
		}
	}

}
