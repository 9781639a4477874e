package org.lianxin.project.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SiteVisitRepository extends ListCrudRepository<SiteVisit, Long> {

	List<SiteVisit> findByProjectIdOrderByVisitedOnDescIdDesc(long projectId);

}
