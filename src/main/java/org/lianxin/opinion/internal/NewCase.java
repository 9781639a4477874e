package org.lianxin.opinion.internal;

/**
 * A case as it comes in, checked and cleaned by the intake, for {@link Opinion#receive}.
 *
 * @param idempotencyKey a retried submission with this key finds this case
 * @param fingerprint tells a replay from a different body under the same key
 */
public record NewCase(CaseOrigin origin, CaseContent content, CaseContact contact, String idempotencyKey,
		String fingerprint) {
}
