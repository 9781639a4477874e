package org.lianxin.ledger.internal;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

	/** Whether the region's term already has a meeting of that kind under that number. */
	boolean existsByRegionCodeAndKindAndTermNumberAndSessionNumber(String regionCode, MeetingKind kind, int termNumber,
			int sessionNumber);

}
