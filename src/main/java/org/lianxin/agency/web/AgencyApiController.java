package org.lianxin.agency.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.internal.AgencyPermissions;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.agency.AgencyView;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies")
class AgencyApiController {

	private final AgencyManagement agencies;

	AgencyApiController(AgencyManagement agencies) {
		this.agencies = agencies;
	}

	@Operation(summary = "Agencies the caller may see under their data scope, in region order",
			description = "X-Total-Count holds the number of matches when it is at most 1,000; X-Has-Next tells whether another page follows")
	@GetMapping
	@PreAuthorize("hasAuthority('" + AgencyPermissions.VIEW + "')")
	ResponseEntity<List<AgencyView>> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean own,
			@RequestParam(defaultValue = "") String q, @RequestParam(required = false) AgencyKind kind,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		var result = this.agencies.list(user, new AgencyQuery(region, own, q, kind, enabled, page, size));
		var response = ResponseEntity.ok().header("X-Has-Next", String.valueOf(result.hasNext()));
		if (result.totalExact()) {
			response.header("X-Total-Count", String.valueOf(result.total()));
		}
		return response.body(result.items());
	}

	@Operation(summary = "One agency; 404 when it does not exist or lies outside the caller's data scope")
	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + AgencyPermissions.VIEW + "')")
	AgencyView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.agencies.get(user, id);
	}

}
