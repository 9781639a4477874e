package org.lianxin.duty.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
		for (long deputy : held.deputyIds()) {
			String source = "oversight:" + held.activityId() + ":" + deputy;
			try {
				this.records.createFromEvent(deputy, new NewDutyRecord("INSPECTION", held.heldOn(), held.place(),
						held.title(), null, List.of(), List.of(), source));
			}
			catch (RuleViolationException ex) {
				// e.g. a deputy whose seat had ended by then: the activity stands, the
				// record does not
				logger.info("No duty record for deputy {} of {}: {}", deputy, source, ex.messageKey());
			}
		}
	}

}
