package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.legislation.DeputiesAtLegislativeMeeting;
import org.lianxin.legislation.DeputyGaveDraftOpinion;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deputies taking part in legislative consultation (参与立法征询) have done a duty, one record
 * each, whatever retries the event sees. An opinion on a draft, given as an informant or
 * at a 座谈会 or 论证会, is an opinion and suggestion put forward (提出议案和建议: the source calls
 * what the point gathers 意见建议); a 实地调研 is research (视察、调研和执法检查).
 */
@Component
class LegislationAsDutyRecords {

	private final DutyRecordEntry records;

	LegislationAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(DeputyGaveDraftOpinion given) {
		record(SuggestionsAsDutyRecords.TYPE, "legislation-opinion:" + given.trackingToken(), given.givenOn(), null,
				"对《" + given.consultationTitle().replaceAll("^《|》$", "") + "》提出立法意见", List.of(given.deputyId()));
	}

	@ApplicationModuleListener
	void on(DeputiesAtLegislativeMeeting held) {
		record(held.fieldResearch() ? "INSPECTION" : SuggestionsAsDutyRecords.TYPE,
				"legislation-meeting:" + held.meetingId(), held.heldOn(), held.place(), held.title(), held.deputyIds());
	}

	/**
	 * One record per deputy ({@code <source>:<deputy>}); the entry cuts a long title and
	 * skips a deputy it cannot record (a seat ended by then) without failing the others.
	 */
	private void record(String type, String event, LocalDate day, String place, String title, List<Long> deputyIds) {
		for (long deputy : deputyIds) {
			this.records.createFromEvent(deputy,
					new NewDutyRecord(type, day, place, title, null, List.of(), List.of(), event + ":" + deputy));
		}
	}

}
