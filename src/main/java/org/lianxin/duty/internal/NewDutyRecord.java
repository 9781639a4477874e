package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty record as entered.
 *
 * @param deputyIds who took part; empty for the signed-in deputy themselves
 * @param photos evidence as uploaded, at most four
 * @param sourceRef what makes it unique: a form token, an API idempotency key, an event
 */
public record NewDutyRecord(String typeCode, LocalDate occurredOn, String place, String title, String description,
		List<Long> deputyIds, List<byte[]> photos, String sourceRef) {

	public NewDutyRecord {
		deputyIds = (deputyIds != null) ? deputyIds.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		photos = (photos != null) ? List.copyOf(photos) : List.of();
	}

}
