package org.lianxin.search.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two queries every kind answers, around the fragments its module gave
 * ({@link SearchTable}) and under its module's scope for the user.
 */
@Component
class TableQueries {

	private final JdbcClient jdbc;

	TableQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The user's records containing the query with an id below {@code below}, highest id
	 * first.
	 */
	List<SearchCandidate> candidates(SearchSource source, CurrentUser user, SearchQuery query, long below, int limit) {
		SearchTable table = source.table();
		Map<String, Object> params = scoped(source, user);
		params.put("searchText", query.text());
		params.put("searchBelow", below);
		params.put("searchLimit", limit);
		return this.jdbc
			.sql("select " + table.id() + ", search_rank(" + table.title() + ", " + table.body() + ", :searchText), "
					+ table.day() + " from " + table.from() + " where " + contains(table) + " and ("
					+ source.scope().apply(user).sql() + ") and " + table.id() + " < :searchBelow order by "
					+ table.id() + " desc limit :searchLimit")
			.params(params)
			.query((rs, n) -> new SearchCandidate(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** The records with these ids that the user may see. */
	List<SearchHit> hits(SearchSource source, CurrentUser user, List<Long> ids) {
		SearchTable table = source.table();
		Map<String, Object> params = scoped(source, user);
		params.put("searchIds", ids.toArray(Long[]::new));
		return this.jdbc
			.sql("select " + table.id() + ", " + table.title() + ", " + table.body() + ", " + table.path() + ", "
					+ table.day() + " from " + table.from() + " where " + table.id() + " = any(:searchIds) and ("
					+ source.scope().apply(user).sql() + ")")
			.params(params)
			.query((rs, n) -> new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	/**
	 * The one way text is found: the GIN index on {@code search_bigrams} narrows to the
	 * rows holding every two-character piece of the query, and {@code strpos} keeps those
	 * holding the query itself.
	 */
	private static String contains(SearchTable table) {
		return "search_bigrams(" + table.indexed() + ") @> search_bigrams(:searchText) and strpos(lower("
				+ table.indexed() + "), :searchText) > 0";
	}

	private static Map<String, Object> scoped(SearchSource source, CurrentUser user) {
		return new HashMap<>(source.scope().apply(user).params());
	}

}
