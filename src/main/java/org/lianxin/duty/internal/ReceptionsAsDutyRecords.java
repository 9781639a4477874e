package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.station.ReceptionHeld;
import org.lianxin.station.StationActivityHeld;
import org.lianxin.station.StationActivityKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deputy who came to a reception session, or took part in another activity of a station
 * (a visit to a village, a legal consultation), has done a duty (联系选民): one record each,
 * without retyping, however often the session or activity is corrected.
 */
@Component
class ReceptionsAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(ReceptionsAsDutyRecords.class);

	private final DutyRecordEntry records;

	ReceptionsAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(ReceptionHeld held) {
		attend("reception:" + held.sessionId(), held.heldOn(), held.venueName(), "在" + held.venueName() + "接待群众",
				held.deputyIds(), held.removedDeputyIds());
	}

	@ApplicationModuleListener
	void on(StationActivityHeld held) {
		String title = (held.kind() == StationActivityKind.VILLAGE_VISIT)
				? held.venueName() + "走访村居" + ((held.place() != null) ? "（" + held.place() + "）" : "")
				: "在" + ((held.place() != null) ? held.place() : held.venueName()) + "开展法律咨询";
		attend("station-activity:" + held.activityId(), held.heldOn(),
				(held.place() != null) ? held.place() : held.venueName(), title, held.deputyIds(),
				held.removedDeputyIds());
	}

	/**
	 * One record per deputy who took part ({@code <source>:<deputy>}); those taken off
	 * lose theirs unless verified.
	 */
	private void attend(String source, LocalDate day, String place, String title, List<Long> deputyIds,
			List<Long> removedDeputyIds) {
		for (long deputy : removedDeputyIds) {
			this.records.withdrawFromEvent(source + ":" + deputy);
		}
		for (long deputy : deputyIds) {
			try {
				this.records.createFromEvent(deputy, new NewDutyRecord("CONTACTING_VOTERS", day, place, title, null,
						List.of(), List.of(), source + ":" + deputy));
			}
			catch (RuleViolationException ex) {
				logger.info("No duty record for deputy {} of {}: {}", deputy, source, ex.messageKey());
			}
		}
	}

}
