package org.lianxin.opinion.internal;

import org.lianxin.platform.web.RuleViolationException;

/**
 * A retry under an idempotency key that an earlier, different request used: refused
 * (409), nothing written.
 */
public class IdempotencyConflictException extends RuleViolationException {

	public IdempotencyConflictException() {
		super(null, "opinion.idempotency.conflict");
	}

}
