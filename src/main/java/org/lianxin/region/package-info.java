/**
 * The administrative region tree and the people's congress of each level.
 * <p>
 * Published views:
 * <ul>
 * <li>{@code region_view} — the region tree with its scope path, for other modules to
 * join and to filter "this region and below";</li>
 * <li>{@code congress_view} — the congresses and their current terms.</li>
 * </ul>
 */
package org.lianxin.region;
