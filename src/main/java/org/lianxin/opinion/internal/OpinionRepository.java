package org.lianxin.opinion.internal;

import java.util.Optional;

import org.lianxin.opinion.internal.Opinion;

import org.springframework.data.repository.Repository;

/**
 * Loads and saves the opinion case. Loading gives the case its clocks and saving appends
 * the steps it recorded to its history ({@link OpinionCallbacks}); the case's own events
 * go out once it is saved. A case someone else changed since it was loaded fails its
 * version check ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
public interface OpinionRepository extends Repository<Opinion, Long> {

	Optional<Opinion> findById(Long id);

	Opinion save(Opinion opinion);

}
