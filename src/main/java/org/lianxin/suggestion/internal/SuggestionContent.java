package org.lianxin.suggestion.internal;

/**
 * What the deputy writes: checked here once, for the draft and the filing alike.
 *
 * @param sessionNumber the congress's session (第几次会议) the suggestion belongs to
 */
public record SuggestionContent(String title, String body, SuggestionCategory category, int sessionNumber,
		Period period) {

	public SuggestionContent {
		title = SuggestionTexts.require("title", title, SuggestionTexts.MAX_TITLE);
		body = SuggestionTexts.require("body", body, SuggestionTexts.MAX_BODY);
		if (category == null) {
			throw new org.lianxin.platform.web.RuleViolationException("category", "suggestion.category.required");
		}
		if (sessionNumber < 1 || sessionNumber > 99) {
			throw new org.lianxin.platform.web.RuleViolationException("sessionNumber", "suggestion.session.invalid");
		}
		if (period == null) {
			throw new org.lianxin.platform.web.RuleViolationException("period", "suggestion.period.required");
		}
	}

}
