package org.lianxin.legislation.internal;

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
 * Opinions on drafts (立法意见) in the search box: their text (index
 * {@code legislation_opinion_search}), seen by whoever sees their consultation; each
 * opens the opinions on its article.
 */
@Component
class DraftOpinionSearch implements SearchSource {

	private static final SearchTable TABLE = new SearchTable(
			"legislation_opinion o join legislation_consultation c on c.id = o.consultation_id", "o.id", "o.text",
			"c.title", "o.text", "o.created_at::date", "'/legislation/consultations/' || o.consultation_id"
					+ " || '/opinions?article=' || coalesce(o.article_number, 0)");

	private final JdbcClient jdbc;

	DraftOpinionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "draft-opinion";
	}

	@Override
	public boolean readableBy(CurrentUser user) {
		return user.can(LegislationPermissions.CONSULTATION_VIEW);
	}

	@Override
	public List<SearchCandidate> candidates(CurrentUser user, SearchQuery query, long below, int limit) {
		return TABLE.candidates(this.jdbc, scopeOf(user), query, below, limit);
	}

	@Override
	public List<SearchHit> hits(CurrentUser user, List<Long> ids) {
		return TABLE.hits(this.jdbc, scopeOf(user), ids);
	}

	/** As the consultation pages: by the consultation's region, or who created it. */
	private static org.lianxin.account.SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("c.region_code", null, "c.created_by");
	}

}
