package org.lianxin.suggestion.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency handling a suggestion beside its lead (协办/会办), and the view it sent the lead.
 */
@Table("suggestion_co_agency")
record CoAgency(long agencyId, String viewText, LocalDate viewedOn) {

	static CoAgency named(long agencyId) {
		return new CoAgency(agencyId, null, null);
	}

}
