package org.lianxin.opinion;

/** A case took a step of the loop (assigned, replied, fed back, closed…). */
public record OpinionStepTaken(long opinionId, OpinionAction action, OpinionStatus from, OpinionStatus to) {
}
