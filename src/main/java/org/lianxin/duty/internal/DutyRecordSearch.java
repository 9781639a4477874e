package org.lianxin.duty.internal;

import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.search.SearchCandidate;
import org.lianxin.search.SearchHit;
import org.lianxin.search.SearchQuery;
import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Duty records (履职记录) in the search box: title and description (index
 * {@code duty_record_search}), under the scope of the record list, which each opens.
 */
@Component
class DutyRecordSearch implements SearchSource {

	private static final SearchTable TABLE = new SearchTable("duty_record r", "r.id",
			"r.title || chr(10) || coalesce(r.description, '')", "r.title", "coalesce(r.description, '')",
			"r.occurred_on", "'/duty/records?state=' || r.state");

	private final JdbcClient jdbc;

	DutyRecordSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "duty-record";
	}

	@Override
	public boolean readableBy(CurrentUser user) {
		return user.can(DutyPermissions.VIEW);
	}

	@Override
	public List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit) {
		return TABLE.candidates(this.jdbc, DutyRecords.scopeOf(user), query, below, limit);
	}

	@Override
	public List<SearchHit> hits(CurrentUser user, List<Long> ids) {
		return TABLE.hits(this.jdbc, DutyRecords.scopeOf(user), ids);
	}

}
