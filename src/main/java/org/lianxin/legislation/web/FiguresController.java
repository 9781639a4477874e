package org.lianxin.legislation.web;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.FigureRecords;
import org.lianxin.legislation.internal.LegislationFigures;
import org.lianxin.platform.web.Paging;
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

	private static final int PAGE_SIZE = 100;

	private static final int INFORMANT_PAGE_SIZE = 50;

	private final LegislationFigures figures;

	private final FigureRecords records;

	private final RegionManagement regions;

	FiguresController(LegislationFigures figures, FigureRecords records, RegionManagement regions) {
		this.figures = figures;
		this.records = records;
		this.regions = regions;
	}

	@GetMapping("/legislation/figures")
	String figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int informantPage,
			Model model) {
		model.addAttribute("region", region);
		model.addAttribute("year", year);
		model.addAttribute("regions", this.regions.all());
		model.addAttribute("totals", this.figures.totals(user, region, year));
		model.addAttribute("points", this.figures.perPoint(user, region, year));
		model.addAttribute("informants", this.figures.perInformant(user, region, year,
				Paging.offset(informantPage, INFORMANT_PAGE_SIZE), INFORMANT_PAGE_SIZE + 1));
		model.addAttribute("informantPage", Math.max(informantPage, 0));
		model.addAttribute("informantPageSize", INFORMANT_PAGE_SIZE);
		return "legislation/figures";
	}

	/** The records behind one number of the figures page, counted as it counts them. */
	@GetMapping("/legislation/figures/records")
	String records(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long point, @RequestParam(required = false) Long informant,
			@RequestParam(defaultValue = "0") int page, Model model) {
		FigureRecords.Kind shown = FigureRecords.Kind.of(kind);
		model.addAttribute("kind", shown);
		model.addAttribute("region", region);
		model.addAttribute("year", year);
		model.addAttribute("point", point);
		model.addAttribute("informant", informant);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("records", this.records.of(user, region, year, shown,
				new FigureRecords.Whose(point, informant), Paging.offset(page, PAGE_SIZE), PAGE_SIZE + 1));
		return "legislation/figure-records";
	}

}
