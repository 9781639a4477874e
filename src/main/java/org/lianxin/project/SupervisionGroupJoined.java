package org.lianxin.project;

import java.time.LocalDate;
import java.util.List;

/**
 * Deputies were assigned to a livelihood project's supervision group (代表监督小组): each
 * newcomer has taken on a duty; those already in the group are not named again.
 */
public record SupervisionGroupJoined(long projectId, String projectTitle, LocalDate joinedOn, List<Long> deputyIds) {

	public SupervisionGroupJoined {
		deputyIds = List.copyOf(deputyIds);
	}

}
