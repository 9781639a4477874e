package org.lianxin.statistics.web;

import java.time.Clock;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.documents.DocumentDownloads;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.statistics.internal.ReportExports;
import org.lianxin.statistics.internal.ReportScope;
import org.lianxin.statistics.internal.ReportView;
import org.lianxin.statistics.internal.StatisticsPermissions;
import org.lianxin.statistics.internal.YearReports;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The year-end work report's page: the text with every figure opening its records, the
 * wording to edit while it is a draft, publishing, and the downloads.
 */
@Controller
@PreAuthorize("hasAuthority('" + StatisticsPermissions.VIEW + "')")
class YearReportController {

	private final YearReports reports;

	private final ReportExports exports;

	private final SmallForms forms;

	private final MessageSource messages;

	private final ReportScope scope;

	private final Clock clock;

	YearReportController(YearReports reports, ReportExports exports, SmallForms forms, MessageSource messages,
			ReportScope scope, Clock clock) {
		this.reports = reports;
		this.exports = exports;
		this.forms = forms;
		this.messages = messages;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/statistics/report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Model model, Locale locale) {
		model.addAttribute("askedRegion", region);
		model.addAttribute("askedYear", year);
		model.addAttribute("editing", user.can(StatisticsPermissions.EDIT));
		model.addAttribute("regions", this.scope.regionsOf(user));
		try {
			ReportView report = this.reports.view(user, region, year);
			model.addAttribute("report", report);
			if (report.published()) {
				model.addAttribute("publishedAt", report.publishedAt().atZone(this.clock.getZone()).toLocalDateTime());
			}
		}
		catch (RuleViolationException refused) {
			model.addAttribute("refusal", this.messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "statistics/report";
	}

	@PostMapping("/statistics/report/wording")
	@PreAuthorize("hasAuthority('" + StatisticsPermissions.EDIT + "')")
	String reword(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String wording,
			RedirectAttributes redirect, Locale locale) {
		// shown again only beside a refusal, so that a typed-in number can be mended, not
		// retyped
		redirect.addFlashAttribute("typedWording", wording);
		return this.forms.run(() -> this.reports.reword(user, region, year, wording), "statistics.report.reworded",
				back(region, year) + "#wording", redirect, locale);
	}

	@PostMapping("/statistics/report/publish")
	@PreAuthorize("hasAuthority('" + StatisticsPermissions.EDIT + "')")
	String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.reports.publish(user, region, year), "statistics.report.published",
				back(region, year), redirect, locale);
	}

	@GetMapping("/statistics/report.docx")
	ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Locale locale) {
		ReportView view = this.reports.view(user, region, year);
		return DocumentDownloads.docx(view.title(), this.exports.docx(view, locale));
	}

	@GetMapping("/statistics/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, Locale locale) {
		ReportView view = this.reports.view(user, region, year);
		return DocumentDownloads.pdf(view.title(), this.exports.pdf(view, locale));
	}

	private static String back(String region, Integer year) {
		return UriComponentsBuilder.fromPath("/statistics/report")
			.queryParamIfPresent("region", java.util.Optional.ofNullable(region).filter(r -> !r.isBlank()))
			.queryParamIfPresent("year", java.util.Optional.ofNullable(year))
			.encode()
			.toUriString();
	}

}
