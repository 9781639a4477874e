package org.lianxin.oversight.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

/**
 * A hearing the court lists for deputies to observe.
 *
 * @param courtId the court, an agency of kind COURT
 * @param briefing what deputies should know beforehand (提前了解)
 */
public record NewHearing(Long courtId, String caseTitle, CaseKind caseKind, LocalDate heldOn, String place,
		Integer seats, String briefing) {

	/** Refuses, naming every field at once, a hearing that cannot be listed. */
	void check(LocalDate today) {
		RuleViolations broken = new RuleViolations();
		broken.check(() -> Texts.required("courtId", this.courtId, "court.court.required"));
		broken.check(() -> Texts.required("caseTitle", Texts.stripped(this.caseTitle, 200), "court.case.required"));
		broken.check(() -> Texts.required("caseKind", this.caseKind, "court.case-kind.required"));
		broken.check(() -> Texts.required("place", Texts.stripped(this.place, 200), "court.place.required"));
		broken.check(() -> Texts.stripped(this.briefing, 2000));
		broken.check(() -> {
			if (this.heldOn == null || this.heldOn.isBefore(today)) {
				throw new RuleViolationException("heldOn", "court.date.invalid");
			}
		});
		broken.check(() -> {
			if (this.seats == null || this.seats < 1 || this.seats > 100) {
				throw new RuleViolationException("seats", "court.seats.invalid");
			}
		});
		broken.throwIfAny();
	}

}
