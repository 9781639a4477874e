package org.lianxin.opinion;

/**
 * What a citizen keeps after submitting: the tracking code and the private link's token.
 *
 * @param replayed whether this answers a retry of an earlier submission (nothing new was
 * created)
 */
public record Receipt(long id, String trackingCode, String linkToken, boolean replayed) {
}
