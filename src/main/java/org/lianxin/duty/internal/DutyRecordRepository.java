package org.lianxin.duty.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Duty records as aggregates: loaded and saved whole, a concurrent step refused. */
interface DutyRecordRepository extends ListCrudRepository<DutyRecord, Long> {

	/** The record a form, an API call or an event made, by what makes it unique. */
	Optional<DutyRecord> findBySourceRef(String sourceRef);

}
