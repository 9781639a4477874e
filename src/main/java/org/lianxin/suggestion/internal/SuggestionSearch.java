package org.lianxin.suggestion.internal;

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
 * Suggestions in the search box: title and body (index {@code suggestion_search}), under
 * the same scope as the suggestion lists.
 */
@Component
class SuggestionSearch implements SearchSource {

	private static final SearchTable TABLE = new SearchTable("suggestion s", "s.id", "s.title || chr(10) || s.body",
			"s.title", "s.body", "s.filed_on", "'/suggestions/' || s.id");

	private final JdbcClient jdbc;

	SuggestionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "suggestion";
	}

	@Override
	public boolean readableBy(CurrentUser user) {
		return user.can(SuggestionPermissions.VIEW);
	}

	@Override
	public List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit) {
		return TABLE.candidates(this.jdbc, SuggestionScope.of(user), query, below, limit);
	}

	@Override
	public List<SearchHit> hits(CurrentUser user, List<Long> ids) {
		return TABLE.hits(this.jdbc, SuggestionScope.of(user), ids);
	}

}
