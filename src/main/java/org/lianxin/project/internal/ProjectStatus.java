package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How a chosen project is going, derived from its dates, milestones and measured
 * progress, never typed: a project that moved nothing for {@value #STALLED_AFTER_DAYS}
 * days is stalled; one with an overdue milestone or more than {@value #LAGGING_MARGIN}
 * points behind the share of its time already spent is lagging.
 */
public enum ProjectStatus {

	NOT_STARTED, ON_TRACK, LAGGING, STALLED, DONE;

	static final int STALLED_AFTER_DAYS = 60;

	static final int LAGGING_MARGIN = 10;

	public static ProjectStatus derive(LocalDate startsOn, LocalDate dueOn, LocalDate progressedOn, BigDecimal progress,
			List<ProjectMilestone> milestones, LocalDate today) {
		if (progress.compareTo(BigDecimal.valueOf(100)) >= 0) {
			return DONE;
		}
		if (today.isBefore(startsOn)) {
			return NOT_STARTED;
		}
		LocalDate lastMove = (progressedOn != null) ? progressedOn : startsOn;
		if (ChronoUnit.DAYS.between(lastMove, today) > STALLED_AFTER_DAYS) {
			return STALLED;
		}
		long total = ChronoUnit.DAYS.between(startsOn, dueOn);
		long spent = Math.min(total, ChronoUnit.DAYS.between(startsOn, today));
		BigDecimal expected = BigDecimal.valueOf(spent * 100.0 / total);
		boolean behind = progress.add(BigDecimal.valueOf(LAGGING_MARGIN)).compareTo(expected) < 0;
		boolean overdue = milestones.stream().anyMatch(m -> m.overdueOn(today));
		return (behind || overdue) ? LAGGING : ON_TRACK;
	}

}
