package org.lianxin.legislation.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Consultations as aggregates; lists read them through {@link Consultations}. */
interface ConsultationRepository extends ListCrudRepository<Consultation, Long> {

}
