package org.lianxin.suggestion.internal;

/**
 * What a suggestion starts from: the congress and its region, the lead deputy, what they
 * wrote, and where it came from.
 *
 * @param originOpinionId the opinion case it was converted from, or {@code null}
 * @param idempotencyKey the caller's key for a retried filing, or {@code null}
 * @param fingerprint a digest of what the filing carried, beside its key
 */
public record NewSuggestion(long congressId, String regionCode, long leadDeputyId, SuggestionContent content,
		Long originOpinionId, String idempotencyKey, String fingerprint) {
}
