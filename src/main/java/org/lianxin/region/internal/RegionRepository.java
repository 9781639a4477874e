package org.lianxin.region.internal;

import org.lianxin.region.Region;

import org.springframework.data.repository.CrudRepository;

public interface RegionRepository extends CrudRepository<Region, String> {

}
