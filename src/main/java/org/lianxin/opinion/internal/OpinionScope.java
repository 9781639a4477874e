package org.lianxin.opinion.internal;

import java.util.HashMap;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

/**
 * Which cases a staff user sees, as SQL on the {@code opinion o} table: the data scope by
 * the case's region, its lead agency or who recorded it; an agency also sees the cases it
 * co-handles.
 */
public final class OpinionScope {

	private OpinionScope() {
	}

	public static SqlCondition of(CurrentUser user) {
		SqlCondition lead = user.scope().restrict("o.region_code", "o.lead_agency_id", "o.recorded_by");
		SqlCondition co = user.scope().restrict(null, "co.agency_id", null);
		if ("false".equals(co.sql())) {
			return lead;
		}
		Map<String, Object> params = new HashMap<>(lead.params());
		params.putAll(co.params());
		return new SqlCondition("(" + lead.sql() + " or exists (select 1 from opinion_co_agency co"
				+ " where co.opinion_id = o.id and " + co.sql() + "))", params);
	}

	/**
	 * The ids of the cases {@link #of} lets through that also meet {@code where}, for
	 * counting: an agency's cases as the union of those it leads and those it co-handles,
	 * each from its own index, where the one condition with {@code or} would scan the
	 * table. {@code null} when the user's scope is not bound to an agency.
	 * @param where a condition on {@code opinion o} built from code constants
	 * @param params receives the scope's parameters
	 */
	public static String idsWithin(CurrentUser user, String where, Map<String, Object> params) {
		SqlCondition co = user.scope().restrict(null, "co.agency_id", null);
		if ("false".equals(co.sql())) {
			return null;
		}
		SqlCondition lead = user.scope().restrict(null, "o.lead_agency_id", null);
		params.putAll(lead.params());
		params.putAll(co.params());
		return "select o.id from opinion o where " + where + " and " + lead.sql()
				+ " union select o.id from opinion o join opinion_co_agency co on co.opinion_id = o.id where " + where
				+ " and " + co.sql();
	}

}
