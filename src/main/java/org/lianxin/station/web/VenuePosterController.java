package org.lianxin.station.web;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.publiccode.QrCodes;
import org.lianxin.station.internal.DutyDay;
import org.lianxin.station.Rota;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.internal.StationedDeputy;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.VenueView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printable venue posters (A4 or A5): one venue, or every open venue of a region in one
 * document.
 */
@Controller
class VenuePosterController {

	/** One page of the print document. */
	record Poster(VenueView venue, List<StationedDeputy> stationed, List<DutyDay> next, String url, String qrSvg) {
	}

	private final VenueRegistry venues;

	private final Rota rota;

	VenuePosterController(VenueRegistry venues, Rota rota) {
		this.venues = venues;
		this.rota = rota;
	}

	@GetMapping("/venues/{id}/poster")
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	String one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "A4") String size, Model model) {
		return page(List.of(poster(this.venues.get(user, id))), size, model);
	}

	@GetMapping("/venues/posters")
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	String batch(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "A4") String size, Model model) {
		List<Poster> posters = this.venues.list(user, region, null, "")
			.stream()
			.filter(VenueView::enabled)
			.map(this::poster)
			.toList();
		return page(posters, size, model);
	}

	private Poster poster(VenueView venue) {
		String url = this.venues.publicUrl(this.venues.codeOf(venue.id()));
		return new Poster(venue, this.venues.stationed(venue.id()), this.rota.upcoming(venue, 3), url,
				QrCodes.svg(url));
	}

	private static String page(List<Poster> posters, String size, Model model) {
		model.addAttribute("posters", posters);
		model.addAttribute("size", "A5".equals(size.toUpperCase(Locale.ROOT)) ? "A5" : "A4");
		return "station/poster";
	}

}
