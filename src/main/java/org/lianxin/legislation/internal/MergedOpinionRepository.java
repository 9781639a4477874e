package org.lianxin.legislation.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Merged opinions as aggregates. */
interface MergedOpinionRepository extends ListCrudRepository<MergedOpinion, Long> {

	List<MergedOpinion> findByConsultationId(long consultationId);

}
