package org.lianxin.station.internal;

/** One standard and whether a venue meets it (null: not checked yet). */
public record StandardCheck(long standardId, String name, Boolean met, String note) {
}
