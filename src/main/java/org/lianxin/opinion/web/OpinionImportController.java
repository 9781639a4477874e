package org.lianxin.opinion.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionFilter;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.OpinionStatus;
import org.lianxin.opinion.internal.OpinionWorkbooks;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetExports;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.platform.web.ApiError;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Opinions and Excel: the backlog template and its import (page and API, with a row by
 * row report), and the export of a case list with the list's filters.
 */
@Controller
@Tag(name = "Opinions")
class OpinionImportController {

	private final OpinionWorkbooks workbooks;

	private final MessageSource messages;

	private final SheetExports exports;

	OpinionImportController(OpinionWorkbooks workbooks, MessageSource messages, SheetExports exports) {
		this.workbooks = workbooks;
		this.messages = messages;
		this.exports = exports;
	}

	@GetMapping("/opinions/template.xlsx")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.attachment("民情民意导入模板.xlsx", this.workbooks.template());
	}

	@GetMapping("/opinions/export.xlsx")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Set<OpinionStatus> status,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) IntakeChannel channel, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Figure figure,
			@RequestParam(defaultValue = "false") boolean inbox, HttpServletResponse response) throws IOException {
		Set<OpinionStatus> statuses = inbox ? Set.of(OpinionStatus.RECEIVED, OpinionStatus.REOPENED) : status;
		long rows = this.exports.download(response, "民情民意清单.xlsx", OpinionWorkbooks.LIST,
				this.workbooks.export(user, new OpinionFilter(region, category, statuses, agency, overdue, channel,
						from, to, figure, null, OpinionFilter.MAX_SIZE)));
		this.workbooks.exported(rows);
	}

	@GetMapping("/opinions/import")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
	String importPage() {
		return "opinion/import";
	}

	@PostMapping("/opinions/import")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
	Object importPage(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, Model model, Locale locale) throws IOException {
		try {
			model.addAttribute("report", run(user, file, mode));
			return "opinion/import";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return FormPages.rejected("opinion/import", model);
		}
	}

	@Operation(
			summary = "Import a backlog of opinions from the Excel template (multipart 'file'); "
					+ "mode all-or-nothing (default) or valid-rows",
			description = "Answers {imported, updated, unchanged, saved, errors:[{row, column, message}]}; the same "
					+ "rows imported again are unchanged; an unreadable file answers 400")
	@PostMapping(value = "/api/v1/opinions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
	@ResponseBody
	ResponseEntity<?> importApi(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "all-or-nothing") String mode, Locale locale) throws IOException {
		try {
			return ResponseEntity.ok(run(user, file, mode));
		}
		catch (RuleViolationException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
			return ResponseEntity.badRequest()
				.body(new ApiError("bad_file", message, Map.of(String.valueOf(ex.field()), message)));
		}
	}

	private ImportReport run(CurrentUser user, MultipartFile file, String mode) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException("file", "import.no-file");
		}
		ImportReport.Mode parsed = ImportReport.Mode.parse(mode);
		try (InputStream input = file.getInputStream()) {
			return this.workbooks.importBacklog(user, input, parsed);
		}
	}

}
