package org.lianxin.deputy.web;

import java.util.List;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.PublicCardLinks;
import org.lianxin.platform.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a citizen sees after scanning a deputy's QR code: no login, readable on any phone.
 */
@Controller
class PublicDeputyController {

	private final DeputyCodes codes;

	private final List<PublicCardLinks> links;

	PublicDeputyController(DeputyCodes codes, List<PublicCardLinks> links) {
		this.codes = codes;
		this.links = links;
	}

	@GetMapping(value = "/d/{code}/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	ResponseEntity<byte[]> photo(@PathVariable String code) {
		if (this.codes.lookup(code.toUpperCase(java.util.Locale.ROOT)) instanceof DeputyCodes.Lookup.Active active) {
			return this.codes.photo(active.deputyId())
				.map(bytes -> ResponseEntity.ok()
					.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
					.body(bytes))
				.orElseThrow(() -> new NotFoundException("photo " + code));
		}
		throw new NotFoundException("photo " + code);
	}

	@GetMapping("/d/{code}")
	ModelAndView card(@PathVariable String code) {
		DeputyCodes.Lookup lookup = this.codes.lookup(code.toUpperCase(java.util.Locale.ROOT));
		if (lookup instanceof DeputyCodes.Lookup.Active active) {
			return new ModelAndView("public/deputy-card").addObject("card", this.codes.card(active.deputyId()))
				.addObject("code", code.toUpperCase(java.util.Locale.ROOT))
				.addObject("links", this.links.stream().flatMap(l -> l.linksFor(active.deputyId()).stream()).toList());
		}
		if (lookup instanceof DeputyCodes.Lookup.Revoked) {
			return new ModelAndView("public/code-revoked", HttpStatus.GONE);
		}
		throw new NotFoundException("deputy code " + code);
	}

}
