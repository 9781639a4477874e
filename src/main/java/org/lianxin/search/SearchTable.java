package org.lianxin.search;

/**
 * Where a module's searchable text lies, as SQL fragments from the module's own code
 * constants: the search module writes the two queries every kind needs around them, so
 * each fragment names the owning module's tables only.
 *
 * @param from the {@code from} clause with its aliases
 * @param id the record's id column
 * @param indexed the text expression exactly as in the module's GIN index on
 * {@code search_bigrams(...)}, or PostgreSQL reads the whole table
 * @param title the title expression
 * @param body the searched text shown under the title
 * @param day the record's day, a {@code date}
 * @param path the record's page, as an SQL string expression
 */
public record SearchTable(String from, String id, String indexed, String title, String body, String day, String path) {
}
