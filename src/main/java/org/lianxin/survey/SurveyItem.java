package org.lianxin.survey;

/**
 * One item of a survey's question set, kept at its position.
 *
 * @param agencyId the agency the item rates, which answers for it if it falls below the
 * threshold; none for an item that rates no agency
 */
public record SurveyItem(String label, Long agencyId) {
}
