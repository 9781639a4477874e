package org.lianxin.project.internal;

import java.time.LocalDate;

/**
 * A step of a project with its planned date and, once reached, its actual date and the
 * photo that shows it.
 */
public record ProjectMilestone(String name, LocalDate plannedOn, LocalDate doneOn, String photoKey) {

	public boolean overdueOn(LocalDate day) {
		return this.doneOn == null && this.plannedOn.isBefore(day);
	}

}
