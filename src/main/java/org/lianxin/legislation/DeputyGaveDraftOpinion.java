package org.lianxin.legislation;

import java.time.LocalDate;

/**
 * A deputy on a point's roster (立法信息员) gave an opinion on a draft: a duty done, in their
 * records once. Published again, unchanged, if the event is delivered twice.
 *
 * @param trackingToken the opinion's own token, unique: names the duty record's source
 * @param consultationTitle the draft's title, as the record names it
 */
public record DeputyGaveDraftOpinion(long deputyId, String trackingToken, String consultationTitle, LocalDate givenOn) {
}
