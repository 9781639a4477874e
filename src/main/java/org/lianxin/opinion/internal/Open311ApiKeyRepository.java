package org.lianxin.opinion.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

interface Open311ApiKeyRepository extends CrudRepository<Open311ApiKey, Long> {

	List<Open311ApiKey> findAllByOrderByRevokedAtDescIssuedAtDesc();

}
