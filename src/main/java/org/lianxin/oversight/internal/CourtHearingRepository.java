package org.lianxin.oversight.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Observed hearings as aggregates: loaded and saved whole, a concurrent step refused. */
interface CourtHearingRepository extends ListCrudRepository<CourtHearing, Long> {

}
