package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Opinions on drafts as aggregates; lists read them through {@link DraftOpinions}. */
interface DraftOpinionRepository extends ListCrudRepository<DraftOpinion, Long> {

	Optional<DraftOpinion> findByIdempotencyKey(String key);

	List<DraftOpinion> findByMergedInto(long mergedOpinionId);

}
