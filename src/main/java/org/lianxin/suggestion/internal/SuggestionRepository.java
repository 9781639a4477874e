package org.lianxin.suggestion.internal;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Loads and saves suggestions. Loading gives a suggestion its clocks and saving appends
 * its new steps to its history ({@link SuggestionCallbacks}); its events go out once it
 * is saved. One changed by someone else since it was loaded fails its version check.
 */
public interface SuggestionRepository extends Repository<Suggestion, Long> {

	Optional<Suggestion> findById(Long id);

	Suggestion save(Suggestion suggestion);

}
