package org.lianxin.station.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.internal.VenueStandards;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A venue checked against the construction standards: which it meets, with a note on
 * each.
 */
@Controller
@RequestMapping("/venues")
class VenueChecklistController {

	private final VenueStandards standards;

	private final SmallForms forms;

	VenueChecklistController(VenueStandards standards, SmallForms forms) {
		this.standards = standards;
		this.forms = forms;
	}

	@PostMapping("/{id}/standards")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String checkStandards(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "met", required = false) List<Long> met, @RequestParam Map<String, String> parameters,
			RedirectAttributes redirect) {
		Map<Long, String> notes = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.matches("note_\\d{1,9}")) {
				notes.put(Long.valueOf(name.substring(5)), value);
			}
		});
		this.standards.check(user, id, (met != null) ? Set.copyOf(met) : Set.of(), notes);
		this.forms.notice(redirect, "standard.checked");
		return "redirect:/venues/" + id;
	}

}
