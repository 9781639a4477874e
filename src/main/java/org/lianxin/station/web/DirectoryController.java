package org.lianxin.station.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lianxin.deputy.DeputyDirectory;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.internal.VenueDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "码上找代表、找联络站" without a QR code: find a deputy by name, region or electoral district,
 * and the liaison venues nearest to the phone (or in a chosen town). Works without
 * JavaScript; the location button only fills in the coordinates.
 */
@Controller
class DirectoryController {

	private final DeputyDirectory deputies;

	private final VenueDirectory venueDirectory;

	private final RegionManagement regions;

	DirectoryController(DeputyDirectory deputies, VenueDirectory venueDirectory, RegionManagement regions) {
		this.deputies = deputies;
		this.venueDirectory = venueDirectory;
		this.regions = regions;
	}

	@GetMapping("/directory")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "") String district, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lng, @RequestParam(defaultValue = "1") int dp,
			@RequestParam(defaultValue = "1") int vp, Model model) {
		String cleanQ = q.length() > 32 ? q.substring(0, 32) : q;
		String cleanDistrict = district.length() > 64 ? district.substring(0, 64) : district;
		String cleanRegion = this.regions.find(region).map(r -> r.code()).orElse(null);
		boolean searching = !cleanQ.isBlank() || cleanRegion != null || !cleanDistrict.isBlank();
		Map<String, Object> search = new LinkedHashMap<>();
		search.put("q", cleanQ);
		search.put("region", cleanRegion);
		search.put("district", cleanDistrict);
		search.put("lat", lat);
		search.put("lng", lng);
		search.put("dp", dp);
		search.put("vp", vp);
		if (searching) {
			DeputyDirectory.DirectoryPage found = this.deputies.directory(cleanQ, cleanRegion, cleanDistrict,
					DirectoryPage.offset(dp), DirectoryPage.SIZE);
			model.addAttribute("deputies", found.entries());
			model.addAttribute("deputyPage", DirectoryPage.of(dp, found.total(), "dp", search));
		}
		VenueDirectory.NearbyPage venues = this.venueDirectory.nearby(lat, lng, cleanRegion, DirectoryPage.offset(vp),
				DirectoryPage.SIZE);
		model.addAttribute("venues", venues.venues());
		model.addAttribute("venuePage", DirectoryPage.of(vp, venues.total(), "vp", search));
		model.addAttribute("located", lat != null && lng != null);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> r.enabled() && r.level() != RegionLevel.VILLAGE).toList());
		model.addAttribute("q", cleanQ);
		model.addAttribute("region", cleanRegion);
		model.addAttribute("district", cleanDistrict);
		return "public/directory";
	}

}
