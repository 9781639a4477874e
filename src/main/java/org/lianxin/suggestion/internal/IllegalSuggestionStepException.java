package org.lianxin.suggestion.internal;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step the suggestion's state does not allow ("a declined suggestion cannot be
 * assigned"); pages show it as a message, the API answers 409.
 */
public class IllegalSuggestionStepException extends RuleViolationException {

	public IllegalSuggestionStepException(SuggestionAction action, SuggestionStatus status) {
		super(null, "suggestion.transition.illegal", new DefaultMessageSourceResolvable("suggestion.action." + action),
				new DefaultMessageSourceResolvable("suggestion.status." + status));
	}

}
