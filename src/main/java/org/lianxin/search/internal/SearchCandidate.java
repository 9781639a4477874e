package org.lianxin.search.internal;

import java.time.LocalDate;

/**
 * A record that contains the query, before it is shown.
 *
 * @param id the record's id in its module
 * @param score how well it answers ({@code search_rank}: title, start, occurrences)
 * @param on the record's day (received, filed, held), newer first among equal scores
 */
record SearchCandidate(long id, int score, LocalDate on) {
}
