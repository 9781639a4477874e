package org.lianxin.project.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Projects as aggregates. */
interface ProjectRepository extends ListCrudRepository<Project, Long> {

	List<Project> findByCongressIdAndYearOrderByProposedOrder(long congressId, int year);

}
