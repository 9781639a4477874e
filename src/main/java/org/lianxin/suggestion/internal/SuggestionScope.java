package org.lianxin.suggestion.internal;

import java.util.HashMap;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

/**
 * Which suggestions a user sees, as SQL on {@code suggestion s}: an office its region and
 * below, an agency those it leads or co-handles, a deputy those they filed or co-sign.
 */
public final class SuggestionScope {

	/** The suggestions that name the signed-in deputy, as lead or co-signer. */
	private static final String DEPUTY_ROWS = """
			select d.id from suggestion d join deputy_account_view a on a.deputy_id = d.lead_deputy_id
			where a.user_id = :scopeUserId
			union all
			select c.suggestion_id from suggestion_co_signer c join deputy_account_view a on a.deputy_id = c.deputy_id
			where a.user_id = :scopeUserId""";

	private SuggestionScope() {
	}

	public static SqlCondition of(CurrentUser user) {
		SqlCondition own = user.scope().restrictToNamed("s.region_code", "s.id", DEPUTY_ROWS);
		SqlCondition lead = user.scope().restrict(null, "s.lead_agency_id", null);
		SqlCondition co = user.scope().restrict(null, "co.agency_id", null);
		if ("false".equals(co.sql())) {
			return own;
		}
		Map<String, Object> params = new HashMap<>(lead.params());
		params.putAll(co.params());
		return new SqlCondition("(" + lead.sql() + " or exists (select 1 from suggestion_co_agency co"
				+ " where co.suggestion_id = s.id and " + co.sql() + "))", params);
	}

}
