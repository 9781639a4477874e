package org.lianxin.legislation.internal;

import java.time.LocalDate;

/** A consultation as lists and its page show it. */
public record ConsultationView(long id, long pointId, String pointName, String regionCode, SourceLevel sourceLevel,
		String sourceBody, String title, LocalDate receivedOn, LocalDate answerDueOn, ConsultationStage stage,
		int currentVersion, int supervisionLevel) {

	/** Whether opinions may be given on it now. */
	public boolean gathering() {
		return this.stage == ConsultationStage.GATHERING;
	}

}
