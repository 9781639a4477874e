package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A duty record as lists and the API show it. */
public record DutyRecordView(long id, String typeCode, String typeName, LocalDate occurredOn, String place,
		String title, String description, RecordState state, String returnReason, String regionCode, String regionName,
		String deputyNames, String sourceRef, OffsetDateTime createdAt, int evidenceCount) {
}
