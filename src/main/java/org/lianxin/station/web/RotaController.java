package org.lianxin.station.web;

import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.Rota;
import org.lianxin.station.internal.StationPermissions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A venue's rota (值班): a deputy on duty on a reception day, with a warning when they are
 * on duty elsewhere that day too, and taken off again.
 */
@Controller
@RequestMapping("/venues")
class RotaController {

	private final Rota rota;

	private final SmallForms forms;

	RotaController(Rota rota, SmallForms forms) {
		this.rota = rota;
		this.forms = forms;
	}

	@PostMapping("/{id}/rota")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Long deputyId, RedirectAttributes redirect, Locale locale) {
		try {
			if (day == null || deputyId == null) {
				throw new RuleViolationException("day", "rota.incomplete");
			}
			Rota.Assignment assignment = this.rota.assign(user, id, day, deputyId);
			this.forms.notice(redirect, "rota.assigned");
			if (assignment.doubleBooked()) {
				this.forms.warning(redirect, "rota.double-booked", locale, String.join("、", assignment.elsewhere()));
			}
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@PostMapping("/{id}/rota/remove")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam long deputyId,
			RedirectAttributes redirect) {
		this.rota.unassign(user, id, day, deputyId);
		this.forms.notice(redirect, "rota.removed");
		return "redirect:/venues/" + id;
	}

}
