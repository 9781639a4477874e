package org.lianxin.opinion.internal;

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
 * Cases in the search box: what the citizen wrote (index {@code opinion_search}), under
 * the same scope as the case lists; the citizen's name and phone are never searched or
 * shown.
 */
@Component
class OpinionSearch implements SearchSource {

	private static final SearchTable TABLE = new SearchTable(
			"opinion o join opinion_category c on c.id = o.category_id", "o.id", "o.description",
			"c.name || ' · ' || o.tracking_code", "o.description", "o.received_at::date", "'/opinions/' || o.id");

	private final JdbcClient jdbc;

	OpinionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "opinion";
	}

	@Override
	public boolean readableBy(CurrentUser user) {
		return user.can(OpinionPermissions.CASE_VIEW);
	}

	@Override
	public List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit) {
		return TABLE.candidates(this.jdbc, OpinionScope.of(user), query, below, limit);
	}

	@Override
	public List<SearchHit> hits(CurrentUser user, List<Long> ids) {
		return TABLE.hits(this.jdbc, OpinionScope.of(user), ids);
	}

}
