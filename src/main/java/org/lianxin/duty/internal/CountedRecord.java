package org.lianxin.duty.internal;

import java.time.LocalDate;

/**
 * A verified duty record that an evaluation dimension counts: what lets a deputy see
 * which records earned their points.
 */
public record CountedRecord(long dimensionId, long recordId, LocalDate occurredOn, String title) {
}
