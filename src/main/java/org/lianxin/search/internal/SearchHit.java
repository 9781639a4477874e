package org.lianxin.search.internal;

import java.time.LocalDate;

/**
 * A record as the results show it: plain text (the search module escapes and marks it).
 *
 * @param id the record's id in its module
 * @param title a line naming it (a suggestion's title, a case's tracking code)
 * @param text the text that was searched
 * @param path the record's page
 * @param on the record's day
 */
record SearchHit(long id, String title, String text, String path, LocalDate on) {
}
