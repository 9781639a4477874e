package org.lianxin.platform.statistics;

/**
 * A count one module offers another's report: its value, the message keys of its name and
 * its definition, and where the records it counts are listed, so that a report can show
 * the number, say what it counts and open it.
 *
 * @param key stable within the offering module (e.g. {@code PARTY_GROUP_MEETINGS})
 * @param listPath the list of exactly the records counted, within the reader's scope
 */
public record CountedFigure(String key, long value, String nameKey, String definitionKey, String listPath) {

}
