package org.lianxin.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.agency.Agency;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;

/**
 * The agency suggested at triage for each category in the city and each of its counties
 * ({@code demo/routing-rules.csv}): the first of the listed departments the county has,
 * else the city's. Without them the office assigning a demo case got no suggestion at
 * all.
 */
final class DemoRoutingRules {

	private static final String CITY = "210800";

	private final AgencyManagement agencies;

	private final OpinionCategories categories;

	DemoRoutingRules(AgencyManagement agencies, OpinionCategories categories) {
		this.agencies = agencies;
		this.categories = categories;
	}

	int load() {
		List<String> divisions = DemoCsv.read("regions.csv")
			.stream()
			.filter(row -> List.of("CITY", "COUNTY").contains(row.get("level")))
			.map(row -> row.get("code"))
			.toList();
		int added = 0;
		for (Map<String, String> row : DemoCsv.read("routing-rules.csv")) {
			Optional<OpinionCategory> category = this.categories.findByCode(row.get("category_code"));
			if (category.isEmpty()) {
				continue;
			}
			List<String> departments = List.of(row.get("agencies").split(" "));
			for (String division : divisions) {
				Optional<Agency> agency = handlerIn(division, departments);
				if (agency.isPresent()
						&& this.categories.routeUnlessRouted(category.get().id(), division, agency.get().id())) {
					added++;
				}
			}
		}
		return added;
	}

	private Optional<Agency> handlerIn(String division, List<String> departments) {
		for (String department : departments) {
			for (String region : List.of(division, CITY)) {
				Optional<Agency> agency = this.agencies.findByCode(region + "-" + department);
				if (agency.isPresent()) {
					return agency;
				}
			}
		}
		return Optional.empty();
	}

}
