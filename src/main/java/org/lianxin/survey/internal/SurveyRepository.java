package org.lianxin.survey.internal;

import java.util.Optional;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** Surveys as aggregates. */
interface SurveyRepository extends ListCrudRepository<Survey, Long> {

	/**
	 * The survey with its row share-locked until the transaction ends: a ballot cast
	 * under it cannot slip in while the closing transaction seals the box.
	 */
	@Lock(LockMode.PESSIMISTIC_READ)
	Optional<Survey> findSharedById(long id);

	/** The survey with its row locked: closing waits for the ballots being cast. */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Survey> findLockedById(long id);

}
