package org.lianxin.oversight.internal;

import org.springframework.data.repository.CrudRepository;

interface DeliberationOpinionRepository extends CrudRepository<DeliberationOpinion, Long> {

}
