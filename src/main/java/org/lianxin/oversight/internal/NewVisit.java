package org.lianxin.oversight.internal;

import java.time.LocalDate;

/**
 * A place an activity visited.
 *
 * @param unannounced a surprise check (暗访), not announced to the place beforehand
 */
public record NewVisit(LocalDate visitedOn, String place, SiteKind siteKind, boolean unannounced, String notes) {
}
