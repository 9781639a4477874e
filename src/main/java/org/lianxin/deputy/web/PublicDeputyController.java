package org.lianxin.deputy.web;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.platform.web.NotFoundException;

import org.springframework.http.HttpStatus;
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

	PublicDeputyController(DeputyCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/d/{code}")
	ModelAndView card(@PathVariable String code) {
		DeputyCodes.Lookup lookup = this.codes.lookup(code.toUpperCase(java.util.Locale.ROOT));
		if (lookup instanceof DeputyCodes.Lookup.Active active) {
			return new ModelAndView("public/deputy-card").addObject("card", this.codes.card(active.deputyId()));
		}
		if (lookup instanceof DeputyCodes.Lookup.Revoked) {
			return new ModelAndView("public/code-revoked", HttpStatus.GONE);
		}
		throw new NotFoundException("deputy code " + code);
	}

}
