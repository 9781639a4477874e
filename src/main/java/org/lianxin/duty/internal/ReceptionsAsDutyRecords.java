package org.lianxin.duty.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.duty.DutyRecords;
import org.lianxin.duty.NewDutyRecord;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.station.ReceptionHeld;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deputy who came to a reception session has done a duty (进站接待): one record each,
 * without retyping, however often the session is corrected.
 */
@Component
class ReceptionsAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(ReceptionsAsDutyRecords.class);

	private final DutyRecords records;

	ReceptionsAsDutyRecords(DutyRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(ReceptionHeld held) {
		for (long deputy : held.removedDeputyIds()) {
			this.records.withdrawFromEvent("reception:" + held.sessionId() + ":" + deputy);
		}
		for (long deputy : held.deputyIds()) {
			try {
				this.records.createFromEvent(deputy,
						new NewDutyRecord("CONTACTING_VOTERS", held.heldOn(), held.venueName(),
								"在" + held.venueName() + "接待群众", null, List.of(), List.of(),
								"reception:" + held.sessionId() + ":" + deputy));
			}
			catch (RuleViolationException ex) {
				logger.info("No duty record for deputy {} at reception {}: {}", deputy, held.sessionId(),
						ex.messageKey());
			}
		}
	}

}
