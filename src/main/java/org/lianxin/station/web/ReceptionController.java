package org.lianxin.station.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.internal.ReceptionLedger;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reception sessions recorded at a venue, and the ledger of all venues for a period. */
@Controller
class ReceptionController {

	private final ReceptionLedger ledger;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	ReceptionController(ReceptionLedger ledger, RegionManagement regions, WorkdayCalendar calendar, SmallForms forms) {
		this.ledger = ledger;
		this.regions = regions;
		this.calendar = calendar;
		this.forms = forms;
	}

	@PostMapping("/venues/{id}/receptions")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate heldOn, @RequestParam(defaultValue = "-1") int peopleReceived,
			@RequestParam(required = false) List<Long> deputyIds, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.ledger.record(user, id, heldOn, peopleReceived, (deputyIds != null) ? deputyIds : List.of(), notes);
			this.forms.notice(redirect, "reception.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt("reception", redirect, ex, locale);
		}
		return "redirect:/venues/" + id + "#receptions";
	}

	@GetMapping("/venues/ledger")
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	String ledger(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		LocalDate end = (to != null) ? to : this.calendar.today();
		LocalDate start = (from != null) ? from : end.withDayOfYear(1);
		model.addAttribute("counts", this.ledger.counts(user, region, start, end));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("region", region);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		return "station/ledger";
	}

}
