package org.lianxin.opinion.internal;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step the case's state does not allow ("a closed case cannot be assigned"); pages show
 * it as a message, the API answers 409.
 */
public class IllegalTransitionException extends RuleViolationException {

	public IllegalTransitionException(OpinionAction action, OpinionStatus status) {
		super(null, "opinion.transition.illegal", new DefaultMessageSourceResolvable("opinion.action." + action),
				new DefaultMessageSourceResolvable("opinion.status." + status));
	}

}
