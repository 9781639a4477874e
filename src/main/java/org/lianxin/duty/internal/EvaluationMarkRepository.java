package org.lianxin.duty.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Evaluation marks as aggregates, one a scorer, item and deputy. */
interface EvaluationMarkRepository extends ListCrudRepository<EvaluationMark, Long> {

	Optional<EvaluationMark> findByDimensionIdAndDeputyIdAndRole(long dimensionId, long deputyId, ScorerRole role);

}
