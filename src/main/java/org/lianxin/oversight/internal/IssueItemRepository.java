package org.lianxin.oversight.internal;

import org.springframework.data.repository.ListCrudRepository;

/** Issue items as aggregates: loaded and saved whole, a concurrent step refused. */
interface IssueItemRepository extends ListCrudRepository<IssueItem, Long> {

}
