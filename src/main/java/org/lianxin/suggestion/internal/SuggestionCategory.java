package org.lianxin.suggestion.internal;

/**
 * What a suggestion is about, as congress offices class them in their yearly reports.
 * Labels are in the message bundle ({@code suggestion.category.*}).
 */
public enum SuggestionCategory {

	ECONOMY, URBAN, AGRICULTURE, EDUCATION, HEALTH, SOCIAL, ENVIRONMENT, LAW, OTHER

}
