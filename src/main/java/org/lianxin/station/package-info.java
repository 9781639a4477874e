/**
 * Where people meet their deputies: deputy homes, liaison stations and the other liaison
 * venues, with the deputies stationed there and a public page behind each venue's QR
 * code.
 * <p>
 * Published view: {@code venue_view} — the venues other modules may read.
 * <p>
 * The venue ledger counts the opinions collected through each venue by asking
 * {@link org.lianxin.station.OpinionsThroughVenues}, which the opinion module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Liaison venues")
package org.lianxin.station;
