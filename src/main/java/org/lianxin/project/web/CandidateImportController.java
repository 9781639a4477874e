package org.lianxin.project.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.project.internal.CandidateImport;
import org.lianxin.project.internal.MonthlyReportImport;
import org.lianxin.project.internal.ProjectPermissions;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidates' workbook: its template, and the upload that proposes them all. */
@Controller
@RequestMapping("/projects/import")
@PreAuthorize("hasAnyAuthority('" + ProjectPermissions.EDIT + "', '" + ProjectPermissions.REPORT + "')")
class CandidateImportController {

	private final CandidateImport imports;

	private final MonthlyReportImport monthly;

	private final SmallForms forms;

	private final MessageSource messages;

	CandidateImportController(CandidateImport imports, MonthlyReportImport monthly, SmallForms forms,
			MessageSource messages) {
		this.imports = imports;
		this.monthly = monthly;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.attachment("候选项目模板.xlsx", this.imports.template());
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + ProjectPermissions.EDIT + "')")
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam long congressId, @RequestParam int year,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			this.forms.problem(redirect, "project.import.no-file", locale);
			return "redirect:/projects";
		}
		try {
			tell(this.imports.importCandidates(user, congressId, year, file.getInputStream(), locale),
					"project.import.done", redirect, locale);
		}
		catch (SheetForm.Unreadable ex) {
			this.forms.problem(redirect, ex.messageKey(), locale, ex.arguments());
		}
		return "redirect:/projects";
	}

	@GetMapping("/reports/template")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	ResponseEntity<byte[]> reportTemplate() {
		return XlsxDownloads.attachment("月报模板.xlsx", this.monthly.template());
	}

	@PostMapping("/reports")
	@PreAuthorize("hasAuthority('" + ProjectPermissions.REPORT + "')")
	String uploadReports(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			this.forms.problem(redirect, "project.import.no-file", locale);
			return "redirect:/projects";
		}
		try {
			tell(this.monthly.importReports(user, file.getInputStream(), locale), "project.import.reports-done",
					redirect, locale);
		}
		catch (SheetForm.Unreadable ex) {
			this.forms.problem(redirect, ex.messageKey(), locale, ex.arguments());
		}
		return "redirect:/projects";
	}

	private void tell(ImportReport report, String done, RedirectAttributes redirect, Locale locale) {
		if (report.saved()) {
			this.forms.notice(redirect, done, report.imported());
			return;
		}
		List<String> texts = report.errors()
			.stream()
			.map(p -> this.messages.getMessage("project.import.problem",
					new Object[] { p.row(), (p.column() != null) ? p.column() : "", p.message() }, locale))
			.toList();
		this.forms.problems(redirect, texts);
	}

}
