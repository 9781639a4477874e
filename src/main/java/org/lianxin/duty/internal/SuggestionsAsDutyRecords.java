package org.lianxin.duty.internal;

import java.util.List;

import org.lianxin.suggestion.SuggestionCoSigned;
import org.lianxin.suggestion.SuggestionFiled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Filing a suggestion and co-signing one (附议) are duties done (提出议案和建议): each appears in
 * the deputy's records without retyping, once, whatever retries the event sees (the
 * record's source names the suggestion and the deputy).
 */
@Component
class SuggestionsAsDutyRecords {

	static final String TYPE = "BILL_OR_SUGGESTION";

	private final DutyRecordEntry records;

	SuggestionsAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(SuggestionFiled filed) {
		this.records.createFromEvent(filed.deputyId(), new NewDutyRecord(TYPE, filed.filedOn(), null,
				"提出建议：" + filed.title(), null, List.of(), List.of(), "suggestion:" + filed.suggestionId()));
	}

	@ApplicationModuleListener
	void on(SuggestionCoSigned coSigned) {
		this.records.createFromEvent(coSigned.deputyId(),
				new NewDutyRecord(TYPE, coSigned.confirmedOn(), null, "附议建议：" + coSigned.title(), null, List.of(),
						List.of(), "suggestion:" + coSigned.suggestionId() + ":co:" + coSigned.deputyId()));
	}

}
