/**
 * 全文检索: one search box over the records of several modules, in Chinese, within the user's
 * data scope. Each module that holds searchable text answers through a
 * {@link org.lianxin.search.SearchSource} bean of its own: its permission, its table as a
 * {@link org.lianxin.search.SearchTable} (text indexed with GIN on its two-character
 * pieces, see the platform's migration V125) and its own data scope, so no module's SQL
 * names another's table. This module checks the query, gathers each source's candidates,
 * ranks and pages them, and highlights the text it shows. It owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.lianxin.search;
