package org.lianxin.project.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectDubanRepository extends ListCrudRepository<ProjectDuban, Long> {

	List<ProjectDuban> findByProjectIdOrderByIdDesc(long projectId);

}
