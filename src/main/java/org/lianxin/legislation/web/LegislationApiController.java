package org.lianxin.legislation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.ConsultationView;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.FigureRecords;
import org.lianxin.platform.web.Paging;
import org.lianxin.legislation.internal.LegislationFigures;
import org.lianxin.legislation.internal.LegislationPermissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Legislative consultation for apps and other systems, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/legislation")
@Tag(name = "Legislative consultation")
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class LegislationApiController {

	private static final int PAGE_SIZE = 100;

	private final LegislationFigures figures;

	private final FigureRecords records;

	private final Consultations consultations;

	LegislationApiController(LegislationFigures figures, FigureRecords records, Consultations consultations) {
		this.figures = figures;
		this.records = records;
		this.consultations = consultations;
	}

	/** The figures, with each point's share and a page of the informants' shares. */
	record Figures(String region, Integer year, LegislationFigures.Totals totals, List<LegislationFigures.Share> points,
			List<LegislationFigures.Share> informants) {
	}

	@Operation(summary = "Consultations, drafts, opinions gathered, reported and adopted, for a region (and below) "
			+ "and a year, with the share of each point and a page of 100 informants' shares (informantPage)")
	@GetMapping("/figures")
	Figures figures(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int informantPage) {
		return new Figures(region, year, this.figures.totals(user, region, year),
				this.figures.perPoint(user, region, year),
				this.figures.perInformant(user, region, year, Paging.offset(informantPage, PAGE_SIZE), PAGE_SIZE));
	}

	@Operation(summary = "The records behind one figure, counted as the figure counts them (a page of 100)",
			description = "kind: CONSULTATIONS, DRAFTS, OPINIONS, REPORTED, ADOPTED or PARTLY_ADOPTED; with point or "
					+ "informant, that one's own opinions behind its share.")
	@GetMapping("/figures/records")
	List<FigureRecords.Row> records(@AuthenticationPrincipal CurrentUser user, @RequestParam String kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long point, @RequestParam(required = false) Long informant,
			@RequestParam(defaultValue = "0") int page) {
		return this.records.of(user, region, year, FigureRecords.Kind.of(kind),
				new FigureRecords.Whose(point, informant), Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
	}

	@Operation(summary = "The consultations received in a year (all years when left out), newest first")
	@GetMapping("/consultations")
	List<ConsultationView> consultations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year) {
		return this.consultations.list(user, year);
	}

}
