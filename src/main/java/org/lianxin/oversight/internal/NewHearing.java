package org.lianxin.oversight.internal;

import java.time.LocalDate;

/**
 * A hearing the court lists for deputies to observe.
 *
 * @param courtId the court, an agency of kind COURT
 * @param briefing what deputies should know beforehand (提前了解)
 */
public record NewHearing(Long courtId, String caseTitle, CaseKind caseKind, LocalDate heldOn, String place,
		Integer seats, String briefing) {
}
