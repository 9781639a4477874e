package org.lianxin.oversight.internal;

import org.springframework.data.repository.CrudRepository;

interface OversightTopicRepository extends CrudRepository<OversightTopic, Long> {

}
