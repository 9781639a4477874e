package org.lianxin.deputy.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.internal.DeputyExport;
import org.lianxin.deputy.internal.DeputyWorkbook;
import org.lianxin.deputy.internal.DeputyWorkbookImport;
import org.lianxin.deputy.internal.DeputyWorkbookImport.CheckedWorkbook;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetExports;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionLevel;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Deputies in and out of Excel: the template, the import with its report, the export. */
@Controller
@RequestMapping("/deputies")
class DeputyImportController {

	private final DeputyWorkbookImport workbooks;

	private final DeputyExport exports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final SheetExports sheets;

	DeputyImportController(DeputyWorkbookImport workbooks, DeputyExport exports, ImportJobs jobs,
			MessageSource messages, SheetExports sheets) {
		this.sheets = sheets;
		this.workbooks = workbooks;
		this.exports = exports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/template.xlsx")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
		return XlsxDownloads.attachment("人大代表导入模板.xlsx", this.exports.template(user));
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) RegionLevel level, @RequestParam(required = false) Boolean serving,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String group,
			HttpServletResponse response) throws IOException {
		long rows = this.sheets.download(response, "人大代表.xlsx", DeputyWorkbook.FORM,
				this.exports.export(user, new DeputyQuery(region, level, serving, q, group, 0, DeputyQuery.MAX_SIZE)));
		this.exports.exported(rows);
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String importPage() {
		return "deputy/import";
	}

	/**
	 * Reads the workbook at once (an unreadable one is answered on the spot), then saves
	 * it in the background and sends the user to its progress page.
	 */
	@PostMapping("/import")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	Object importWorkbook(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, Model model, Locale locale) throws IOException {
		try {
			ImportReport.Mode parsed = WorkbookUploads.mode(mode);
			CheckedWorkbook workbook = WorkbookUploads.read(this.workbooks, user, file);
			if (!workbook.savesAnything(parsed)) {
				model.addAttribute("report", this.workbooks.save(user, workbook, parsed, (done, total) -> {
				}));
				return "deputy/import";
			}
			return "redirect:/deputies/import/" + this.jobs.start(user, workbook, parsed);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return FormPages.rejected("deputy/import", model);
		}
	}

	/**
	 * An import saving in the background: a progress bar the page refreshes in place,
	 * then the report.
	 */
	@GetMapping("/import/{id}")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String importJob(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		ImportJob job = this.jobs.find(user, id).orElseThrow(() -> new NotFoundException("import " + id));
		model.addAttribute("job", job);
		model.addAttribute("report", job.report());
		if (job.failure() != null) {
			model.addAttribute("fileError", job.failure());
		}
		return "deputy/import";
	}

}
