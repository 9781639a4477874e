package org.lianxin.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opinion as it comes in, from a citizen's form, an Open311 client, or staff recording
 * what they collected.
 *
 * @param deputyId the deputy whose code the citizen scanned, or who collected it
 * @param venueId the venue whose code the citizen scanned, or where it was received
 * @param photos the uploaded photos as sent, at most {@link OpinionIntake#MAX_PHOTOS}
 * @param collectedOn the day staff collected it offline; {@code null} for today
 * @param idempotencyKey a retry with the same key finds the first submission
 * @param fingerprint a digest of the request body, to tell a replay from a different
 * request under the same key
 */
public record Submission(IntakeChannel channel, String categoryCode, String regionCode, Long deputyId, Long venueId,
		String description, String place, BigDecimal latitude, BigDecimal longitude, String citizenName, String phone,
		String email, boolean publishConsent, boolean urgent, List<byte[]> photos, String mediaUrl,
		LocalDate collectedOn, String idempotencyKey, String fingerprint) {

	public Submission {
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

}
