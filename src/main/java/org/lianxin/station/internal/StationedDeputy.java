package org.lianxin.station.internal;

import org.lianxin.station.StationedRole;

/**
 * A deputy stationed at a venue, with the code of their public card when they have one.
 */
public record StationedDeputy(long deputyId, String name, StationedRole role, String publicCode) {
}
