package org.lianxin.station;

import java.math.BigDecimal;

/**
 * What describes a venue; coordinates come as a pair or not at all; no reception rule is
 * allowed.
 */
public record VenueInput(VenueKind kind, String name, Long parentId, String regionCode, String address,
		BigDecimal latitude, BigDecimal longitude, String openingHours, String contactPhone, boolean enabled,
		ReceptionRule reception) {
}
