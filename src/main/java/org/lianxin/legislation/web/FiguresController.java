package org.lianxin.legislation.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.LegislationFigures;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.region.RegionManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The figures of legislative consultation, per region and year, point and informant. */
@Controller
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class FiguresController {

	private final LegislationFigures figures;

	private final RegionManagement regions;

	FiguresController(LegislationFigures figures, RegionManagement regions) {
		this.figures = figures;
		this.regions = regions;
	}

	@GetMapping("/legislation/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("region", region);
		model.addAttribute("year", year);
		model.addAttribute("regions", this.regions.all());
		model.addAttribute("totals", this.figures.totals(user, region, year));
		model.addAttribute("points", this.figures.perPoint(user, region, year));
		model.addAttribute("informants", this.figures.perInformant(user, region, year));
		return "legislation/figures";
	}

}
