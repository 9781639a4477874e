/**
 * Legislative consultation through the grassroots (基层立法联系点): the informants (立法信息员)
 * attached to a contact point or an information-collection point, the drafts opened
 * article by article, the opinions gathered on them and what became of each.
 * <p>
 * The points are venues of the station module, read through its published view
 * {@code venue_view} and its {@link org.lianxin.station.VenueRegistry}; names through
 * {@code region_view} and {@code staff_user_view}; the deputies an office may name (an
 * informant who is one, those at a meeting) through
 * {@link org.lianxin.deputy.DeputyList}. Deputies taking part are told to the duty module
 * by {@link DeputyGaveDraftOpinion} and {@link DeputiesAtLegislativeMeeting}.
 * <p>
 * Published view, for the platform's history check only (each row's chain, place and
 * hashes, no content): {@code legislation_consultation_history_chain_view}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legislative consultation")
package org.lianxin.legislation;
