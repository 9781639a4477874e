package org.lianxin.opinion.internal;

import java.time.LocalDate;

/**
 * The clocks of one case: its category's and urgency's working days per stage, counted on
 * the working-day calendar.
 */
public interface Deadlines {

	/** The last day of the stage that starts on {@code start}. */
	LocalDate due(Stage stage, LocalDate start);

	/** {@code days} working days after {@code start}. */
	LocalDate plusWorkingDays(LocalDate start, int days);

}
