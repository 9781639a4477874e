package org.lianxin.suggestion.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Loads and saves promised items; {@code @Version} guards a concurrent step. */
public interface PromisedItemRepository extends Repository<PromisedItem, Long> {

	Optional<PromisedItem> findById(Long id);

	PromisedItem save(PromisedItem item);

	@Query("select * from suggestion_promise where suggestion_id = :suggestionId order by due_on, id")
	List<PromisedItem> findBySuggestionId(long suggestionId);

}
