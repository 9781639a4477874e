package org.lianxin.oversight.internal;

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
 * Issue items (问题清单) in the search box: where, what was found and what must be put right
 * (index {@code oversight_issue_item_search}), under the scope of the item pages.
 */
@Component
class IssueItemSearch implements SearchSource {

	private static final SearchTable TABLE = new SearchTable("oversight_issue_item i", "i.id",
			"i.place || chr(10) || i.description || chr(10) || i.rectification_required", "i.place",
			"i.description || chr(10) || i.rectification_required", "i.created_at::date",
			"'/oversight/items/' || i.id");

	private final JdbcClient jdbc;

	IssueItemSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "issue-item";
	}

	@Override
	public boolean readableBy(CurrentUser user) {
		return user.can(OversightPermissions.ITEM_VIEW);
	}

	@Override
	public List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit) {
		return TABLE.candidates(this.jdbc, IssueItemQueries.scopeOf(user), query, below, limit);
	}

	@Override
	public List<SearchHit> hits(CurrentUser user, List<Long> ids) {
		return TABLE.hits(this.jdbc, IssueItemQueries.scopeOf(user), ids);
	}

}
