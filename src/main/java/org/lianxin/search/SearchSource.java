package org.lianxin.search;

import java.util.function.Function;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

/**
 * One kind of record the search box finds, contributed as a bean by the module that owns
 * it: the module says which permission reads the kind, where its text lies
 * ({@link SearchTable}, SQL naming its own tables only) and which rows a user sees (its
 * own data scope, from {@code account.DataScope}). The search module runs that SQL.
 *
 * @param kind the kind's name, as in the API ({@code opinion}) and in message
 * {@code search.kind.<kind>}
 * @param permission the module's permission to read this kind at all
 * @param table where the kind's text, title, day and page are
 * @param scope the rows a user sees, as SQL on the table's aliases
 */
public record SearchSource(String kind, String permission, SearchTable table,
		Function<CurrentUser, SqlCondition> scope) {
}
