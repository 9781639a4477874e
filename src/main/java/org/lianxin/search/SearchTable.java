package org.lianxin.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a module's table answers a search, as SQL from the module's own code constants: the
 * search module writes the two queries every source needs, so each source only says where
 * its text, title, day and page are. Every fragment names the owning module's tables
 * only.
 *
 * @param from the {@code from} clause with its aliases
 * @param id the record's id column
 * @param indexed the text expression exactly as in the module's GIN index
 * @param title the title expression ({@code null} literal where there is none)
 * @param body the searched text shown under the title
 * @param day the record's day, a {@code date}
 * @param path the record's page, as an SQL string expression
 */
public record SearchTable(String from, String id, String indexed, String title, String body, String day, String path) {

	/** The user's records containing the query, highest id first, below an id. */
	public List<SearchCandidate> candidates(JdbcClient jdbc, SqlCondition scope, SearchQuery query, long below,
			int limit) {
		SqlCondition match = contains(query);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.putAll(match.params());
		params.put("searchBelow", below);
		params.put("searchLimit", limit);
		return jdbc
			.sql("select " + this.id + ", search_rank(" + this.title + ", " + this.body + ", :searchText), " + this.day
					+ " from " + this.from + " where " + match.sql() + " and (" + scope.sql() + ") and " + this.id
					+ " < :searchBelow order by " + this.id + " desc limit :searchLimit")
			.params(params)
			.query((rs, n) -> new SearchCandidate(rs.getLong(1), rs.getInt(2),
					rs.getObject(3, java.time.LocalDate.class)))
			.list();
	}

	/**
	 * The one way a module's SQL finds text: the GIN index on {@code search_bigrams}
	 * narrows to the rows holding every two-character piece of the query, and
	 * {@code strpos} keeps those holding the query itself. The expression must be written
	 * exactly as in the module's index, or PostgreSQL reads the whole table.
	 */
	private SqlCondition contains(SearchQuery query) {
		return new SqlCondition("search_bigrams(" + this.indexed + ") @> search_bigrams(:searchText) and strpos(lower("
				+ this.indexed + "), :searchText) > 0", Map.of("searchText", query.text()));
	}

	/** The records with these ids that the user may see. */
	public List<SearchHit> hits(JdbcClient jdbc, SqlCondition scope, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("searchIds", ids.toArray(Long[]::new));
		return jdbc
			.sql("select " + this.id + ", " + this.title + ", " + this.body + ", " + this.path + ", " + this.day
					+ " from " + this.from + " where " + this.id + " = any(:searchIds) and (" + scope.sql() + ")")
			.params(params)
			.query((rs, n) -> new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class)))
			.list();
	}

}
