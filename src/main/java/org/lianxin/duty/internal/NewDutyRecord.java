package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty record as entered.
 *
 * @param deputyIds who took part; empty for the signed-in deputy themselves
 * @param photos evidence as uploaded, at most four
 * @param sourceRef what makes it unique: a form token, an API idempotency key, an event
 * @param sourceHash a digest of the request that carried an API idempotency key, to tell
 * a retry from another request under the same key; null otherwise
 */
public record NewDutyRecord(String typeCode, LocalDate occurredOn, String place, String title, String description,
		List<Long> deputyIds, List<byte[]> photos, String sourceRef, String sourceHash) {

	public NewDutyRecord {
		deputyIds = (deputyIds != null) ? deputyIds.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

	public NewDutyRecord(String typeCode, LocalDate occurredOn, String place, String title, String description,
			List<Long> deputyIds, List<byte[]> photos, String sourceRef) {
		this(typeCode, occurredOn, place, title, description, deputyIds, photos, sourceRef, null);
	}

}
