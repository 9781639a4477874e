package org.lianxin.duty.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** Evaluation batches as aggregates. */
interface EvaluationBatchRepository extends ListCrudRepository<EvaluationBatch, Long> {

	/**
	 * The batch, its row locked until the transaction ends: it cannot become final
	 * half-way through a change of its scheme or marks.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<EvaluationBatch> findLockedById(long id);

}
