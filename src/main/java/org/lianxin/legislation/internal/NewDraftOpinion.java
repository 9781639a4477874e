package org.lianxin.legislation.internal;

/**
 * An opinion as it is handed in.
 *
 * @param article the article it is on, none for the whole draft
 * @param paragraph the paragraph (款) of that article, none for the whole article
 * @param informantId the informant who gave it, none for a citizen
 * @param meetingId the offline meeting it was raised at, if any
 * @param idempotencyKey what makes a resent form the same opinion, if the form carries
 * one
 */
public record NewDraftOpinion(long consultationId, Integer article, Integer paragraph, String text,
		OpinionChannel channel, long pointId, Long informantId, Long meetingId, String citizenName, String phone,
		String idempotencyKey) {
}
