package org.lianxin.suggestion.internal;

import java.time.LocalDate;

/** A suggestion as lists show it. */
public record SuggestionRow(long id, long congressId, int sessionNumber, Integer serialNumber, String title,
		String category, String status, String regionCode, String leadDeputy, String leadAgency, LocalDate filedOn,
		LocalDate stageDueOn, boolean keySuggestion, String resultClass) {

	/** The select list for this row, on {@code suggestion s}. */
	static final String COLUMNS = """
			s.id, s.congress_id, s.session_number, s.serial_number, s.title, s.category, s.status, s.region_code,
			(select d.name from deputy_view d where d.id = s.lead_deputy_id) as lead_deputy,
			(select a.name from agency_view a where a.id = s.lead_agency_id) as lead_agency,
			s.filed_on, s.stage_due_on, s.key_suggestion, s.result_class""";

}
