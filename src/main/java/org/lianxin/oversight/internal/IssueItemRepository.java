package org.lianxin.oversight.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Issue items as aggregates: loaded and saved whole, a concurrent step refused. */
interface IssueItemRepository extends ListCrudRepository<IssueItem, Long> {

	/** The item an API request under this idempotency key listed. */
	Optional<IssueItem> findBySourceRef(String sourceRef);

}
