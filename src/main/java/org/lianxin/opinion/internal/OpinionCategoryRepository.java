package org.lianxin.opinion.internal;

import java.util.Optional;

import org.lianxin.opinion.OpinionCategory;

import org.springframework.data.repository.CrudRepository;

public interface OpinionCategoryRepository extends CrudRepository<OpinionCategory, Long> {

	Optional<OpinionCategory> findByCode(String code);

}
