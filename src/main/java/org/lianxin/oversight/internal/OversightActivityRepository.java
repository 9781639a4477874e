package org.lianxin.oversight.internal;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Oversight activities as aggregates: loaded and saved whole, a concurrent step refused.
 */
interface OversightActivityRepository extends ListCrudRepository<OversightActivity, Long> {

}
