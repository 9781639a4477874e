package org.lianxin.station.web;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.StationedRole;
import org.lianxin.station.VenueRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deputies stationed at a venue (进驻): adding one with a role, and taking one off. */
@Controller
@RequestMapping("/venues")
class StationedDeputiesController {

	private final VenueRegistry venues;

	private final SmallForms forms;

	StationedDeputiesController(VenueRegistry venues, SmallForms forms) {
		this.venues = venues;
		this.forms = forms;
	}

	@PostMapping("/{id}/deputies")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String station(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long deputyId, @RequestParam(defaultValue = "MEMBER") StationedRole role,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (deputyId == null) {
				throw new RuleViolationException("deputyId", "venue.deputy.outside-scope");
			}
			this.venues.station(user, id, deputyId, role);
			this.forms.notice(redirect, "venue.deputy.stationed");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/deputies/{deputyId}/remove")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String unstation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long deputyId,
			RedirectAttributes redirect) {
		this.venues.unstation(user, id, deputyId);
		this.forms.notice(redirect, "venue.deputy.removed");
		return "redirect:/venues/" + id;
	}

}
