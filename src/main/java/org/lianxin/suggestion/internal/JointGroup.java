package org.lianxin.suggestion.internal;

/**
 * A deputy group (代表小组) a deputy serves in, in whose name they may file jointly (联名).
 */
public record JointGroup(long id, String name, long congressId) {
}
