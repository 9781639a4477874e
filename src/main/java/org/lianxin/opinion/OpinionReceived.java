package org.lianxin.opinion;

/** A new case came in, through any channel. */
public record OpinionReceived(long opinionId, String trackingCode, String regionCode, IntakeChannel channel) {
}
