package org.lianxin.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
class RegionApiController {

	private final RegionManagement regions;

	RegionApiController(RegionManagement regions) {
		this.regions = regions;
	}

	record RegionItem(String code, String name, RegionLevel level, String parentCode) {
	}

	@Operation(
			summary = "The region tree (public reference data), in tree order; optionally only the children of one region")
	@GetMapping
	List<RegionItem> list(@RequestParam(required = false) String parent) {
		var source = (parent == null || parent.isBlank()) ? this.regions.all() : this.regions.childrenOf(parent);
		return source.stream()
			.filter(r -> r.enabled())
			.map(r -> new RegionItem(r.code(), r.name(), r.level(), r.parentCode()))
			.toList();
	}

}
