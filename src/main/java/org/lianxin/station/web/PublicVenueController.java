package org.lianxin.station.web;

import java.time.Duration;
import java.util.Locale;

import org.lianxin.platform.web.NotFoundException;
import org.lianxin.station.Rota;
import org.lianxin.station.internal.VenuePhotos;
import org.lianxin.station.VenueRegistry;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** What a citizen sees after scanning a liaison venue's QR code. */
@Controller
class PublicVenueController {

	private final VenueRegistry venues;

	private final Rota rota;

	private final VenuePhotos photos;

	PublicVenueController(VenueRegistry venues, Rota rota, VenuePhotos photos) {
		this.venues = venues;
		this.rota = rota;
		this.photos = photos;
	}

	@GetMapping(value = "/v/{code}/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	ResponseEntity<byte[]> photo(@PathVariable String code) {
		var venue = this.venues.byCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("venue code " + code));
		return this.photos.photo(venue.id())
			.map(bytes -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(bytes))
			.orElseThrow(() -> new NotFoundException("photo " + code));
	}

	@GetMapping("/v/{code}")
	ModelAndView card(@PathVariable String code) {
		var venue = this.venues.byCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("venue code " + code));
		return new ModelAndView("public/venue-card").addObject("venue", venue)
			.addObject("code", code.toUpperCase(Locale.ROOT))
			.addObject("stationed", this.venues.stationed(venue.id()))
			.addObject("duty", this.rota.upcoming(venue, 3));
	}

}
