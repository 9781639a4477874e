package org.lianxin.project.internal;

import org.springframework.data.repository.ListCrudRepository;

interface SupervisionGroupRepository extends ListCrudRepository<SupervisionGroup, Long> {

}
