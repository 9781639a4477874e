package org.lianxin.agency.internal;

/**
 * How many agencies one area holds, an area being a region one level below the top of the
 * caller's scope (for the city: each division; for a division: each town), or the top
 * itself.
 *
 * @param top whether this is the top region's own count (本级), not counting the areas
 * below
 */
public record AreaCount(String regionCode, String regionName, long agencies, boolean top) {
}
