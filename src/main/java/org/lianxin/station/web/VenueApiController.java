package org.lianxin.station.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.ApiError;
import org.lianxin.platform.web.Paging;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.internal.VenueDirectory;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Liaison venues in JSON. Anyone may list the open venues with their public fields; staff
 * who may view venues get every venue of their data scope with the staff fields too.
 */
@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues")
class VenueApiController {

	private static final int MAX_SIZE = 500;

	private final VenueRegistry registry;

	private final VenueDirectory directory;

	private final RegionManagement regions;

	private final MessageSource messages;

	VenueApiController(VenueRegistry registry, VenueDirectory directory, RegionManagement regions,
			MessageSource messages) {
		this.registry = registry;
		this.directory = directory;
		this.regions = regions;
		this.messages = messages;
	}

	/**
	 * A venue in the API. Fields that only staff see ({@code id}, {@code contactPhone},
	 * {@code enabled}, {@code parentId}, {@code stationedDeputies}) are absent for
	 * anonymous callers.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VenueItem(Long id, VenueKind kind, String name, String regionCode, String regionName, String address,
			BigDecimal latitude, BigDecimal longitude, String openingHours, String contactPhone, Boolean enabled,
			Long parentId, Integer stationedDeputies, String publicCode, String publicUrl) {
	}

	@Operation(summary = "Liaison venues of a region and below; public fields only without a token",
			description = "Signed-in staff with station:venue:view get the venues of their data scope, open or not; "
					+ "anyone else gets the open venues. X-Has-Next tells whether another page follows.")
	@GetMapping
	ResponseEntity<?> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) VenueKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Locale locale) {
		if (region != null && !region.isBlank() && this.regions.find(region).isEmpty()) {
			String message = this.messages.getMessage("error.region.unknown", new Object[] { region }, locale);
			return ResponseEntity.badRequest().body(new ApiError("bad_request", message, Map.of("region", message)));
		}
		int limit = Math.min(Math.max(size, 1), MAX_SIZE);
		int offset = Paging.offset(page, limit);
		// one more row than asked tells whether a next page exists
		List<VenueItem> items = (user != null && user.can(StationPermissions.VIEW))
				? staffItems(user, region, kind, offset, limit + 1) : publicItems(region, kind, offset, limit + 1);
		boolean hasNext = items.size() > limit;
		return ResponseEntity.ok()
			.header("X-Has-Next", String.valueOf(hasNext))
			.body(hasNext ? items.subList(0, limit) : items);
	}

	private List<VenueItem> staffItems(CurrentUser user, String region, VenueKind kind, int offset, int limit) {
		return this.registry.page(user, region, kind, null, offset, limit)
			.stream()
			.map(v -> new VenueItem(v.id(), v.kind(), v.name(), v.regionCode(), v.regionName(), v.address(),
					v.latitude(), v.longitude(), v.openingHours(), v.contactPhone(), v.enabled(), v.parentId(),
					v.stationedDeputies(), v.publicCode(), publicUrl(v.publicCode())))
			.toList();
	}

	private List<VenueItem> publicItems(String region, VenueKind kind, int offset, int limit) {
		return this.directory.page(region, kind, offset, limit)
			.stream()
			.map(v -> new VenueItem(null, v.kind(), v.name(), v.regionCode(), v.regionName(), v.address(), v.latitude(),
					v.longitude(), v.openingHours(), null, null, null, null, v.publicCode(), publicUrl(v.publicCode())))
			.toList();
	}

	private String publicUrl(String code) {
		return (code != null) ? this.registry.publicUrl(code) : null;
	}

}
