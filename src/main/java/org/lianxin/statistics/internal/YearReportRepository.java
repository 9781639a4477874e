package org.lianxin.statistics.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface YearReportRepository extends ListCrudRepository<YearReport, Long> {

	Optional<YearReport> findByRegionCodeAndYear(String regionCode, int year);

}
