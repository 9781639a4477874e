package org.lianxin.opinion.internal;

import org.lianxin.opinion.Receipt;
import org.lianxin.platform.web.RuleViolationException;

/**
 * A retry under an idempotency key that an earlier, different request used: refused
 * (409), nothing written.
 */
public class IdempotencyConflictException extends RuleViolationException {

	private final transient Receipt earlier;

	/**
	 * @param earlier what the earlier request under the key made, for the citizen's form
	 * to show
	 */
	public IdempotencyConflictException(Receipt earlier) {
		super(null, "opinion.idempotency.conflict");
		this.earlier = earlier;
	}

	public Receipt earlier() {
		return this.earlier;
	}

}
