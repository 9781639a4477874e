package org.lianxin.agency.internal;

import java.util.Optional;

import org.lianxin.agency.Agency;

import org.springframework.data.repository.CrudRepository;

public interface AgencyRepository extends CrudRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

}
