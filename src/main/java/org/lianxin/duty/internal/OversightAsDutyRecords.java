package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.oversight.CourtObservationAttended;
import org.lianxin.oversight.OversightActivityHeld;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deputy who took part in an inspection, research or law-enforcement inspection has
 * done a duty (视察、调研和执法检查): one record each, without retyping, whatever retries the event
 * sees.
 */
@Component
class OversightAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(OversightAsDutyRecords.class);

	private final DutyRecordEntry records;

	OversightAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(OversightActivityHeld held) {
		record("INSPECTION", "oversight:" + held.activityId(), held.heldOn(), held.place(), held.title(),
				held.deputyIds());
	}

	/** Each deputy who observed a court hearing (旁听庭审). */
	@ApplicationModuleListener
	void on(CourtObservationAttended attended) {
		record("COURT_OBSERVATION", "court-hearing:" + attended.hearingId(), attended.heldOn(), attended.place(),
				attended.title(), attended.deputyIds());
	}

	/** One record per deputy ({@code <source>:<deputy>}). */
	private void record(String type, String event, LocalDate day, String place, String title, List<Long> deputyIds) {
		for (long deputy : deputyIds) {
			String source = event + ":" + deputy;
			try {
				this.records.createFromEvent(deputy,
						new NewDutyRecord(type, day, place, title, null, List.of(), List.of(), source));
			}
			catch (RuleViolationException ex) {
				// e.g. a deputy whose seat had ended by then: the activity stands, the
				// record does not
				logger.info("No duty record for deputy {} of {}: {}", deputy, source, ex.messageKey());
			}
		}
	}

}
