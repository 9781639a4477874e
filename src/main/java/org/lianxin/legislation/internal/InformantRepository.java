package org.lianxin.legislation.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Informants as aggregates; rosters and counts are read by {@link Rosters}. */
interface InformantRepository extends ListCrudRepository<Informant, Long> {

}
