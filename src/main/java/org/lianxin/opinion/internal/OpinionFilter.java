package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.Set;

import org.lianxin.opinion.IntakeChannel;

/**
 * What a case list is narrowed to; every field may be left out. Pages run newest first,
 * each continuing below the last id of the one before ({@code before}).
 *
 * @param statuses any of these states; empty for all
 * @param overdue only cases whose current stage is past its due date
 * @param from collected (or received) on or after this day
 * @param to collected (or received) on or before this day
 * @param figure only the cases a reported figure counts
 */
public record OpinionFilter(String regionCode, Long categoryId, Set<OpinionStatus> statuses, Long agencyId,
		Boolean overdue, IntakeChannel channel, LocalDate from, LocalDate to, Figure figure, Long before, int size) {

	public static final int MAX_SIZE = 200;

	public OpinionFilter {
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
	}

	/** The triage inbox: cases waiting to be assigned, first or second time. */
	public static OpinionFilter inbox(String regionCode, int size) {
		return new OpinionFilter(regionCode, null, Set.of(OpinionStatus.RECEIVED, OpinionStatus.REOPENED), null, null,
				null, null, null, null, null, size);
	}

}
