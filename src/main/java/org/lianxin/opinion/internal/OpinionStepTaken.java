package org.lianxin.opinion.internal;

/** A case took a step of the loop (assigned, replied, fed back, closed…). */
public record OpinionStepTaken(long opinionId, OpinionAction action, OpinionStatus from, OpinionStatus to) {
}
