package org.lianxin.suggestion.web;

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
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetExports;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.platform.web.ApiError;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.suggestion.internal.CongressDeputies;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionImport;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionStatus;
import org.lianxin.suggestion.internal.SuggestionWorkbooks;

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
 * Suggestions and Excel: a session's template and its import (page and API, with the row
 * by row report), and the export of a list with the list's filters.
 */
@Controller
@Tag(name = "Suggestions")
class SuggestionWorkbookController {

	private final SuggestionWorkbooks workbooks;

	private final SuggestionImport imports;

	private final CongressDeputies congresses;

	private final MessageSource messages;

	private final SheetExports exports;

	SuggestionWorkbookController(SuggestionWorkbooks workbooks, SuggestionImport imports, CongressDeputies congresses,
			MessageSource messages, SheetExports exports) {
		this.exports = exports;
		this.workbooks = workbooks;
		this.imports = imports;
		this.congresses = congresses;
		this.messages = messages;
	}

	@GetMapping("/suggestions/template.xlsx")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.attachment("代表建议导入模板.xlsx", this.workbooks.template());
	}

	@GetMapping("/suggestions/export.xlsx")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long congress, @RequestParam(required = false) Integer session,
			@RequestParam(required = false) Set<SuggestionStatus> status, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) SuggestionFigure figure,
			HttpServletResponse response) throws IOException {
		long rows = this.exports.download(response, "代表建议清单.xlsx", SuggestionWorkbooks.LIST, this.workbooks.export(user,
				new SuggestionFilter(region, congress, session, status, agency, overdue, from, to, figure, null, 200)));
		this.workbooks.exported(rows);
	}

	@GetMapping("/suggestions/import")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	String importPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long congress,
			@RequestParam(defaultValue = "1") int session, Model model) {
		var choices = this.congresses.congresses(user);
		model.addAttribute("congresses", choices);
		model.addAttribute("congress", (congress != null || choices.isEmpty()) ? congress : choices.get(0).id());
		model.addAttribute("session", session);
		return "suggestion/import";
	}

	@PostMapping("/suggestions/import")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	Object importPage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long congress,
			@RequestParam(defaultValue = "1") int session,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, Model model, Locale locale) throws IOException {
		importPage(user, congress, session, model);
		try {
			model.addAttribute("report", run(user, congress, session, file, mode));
			return "suggestion/import";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return FormPages.rejected("suggestion/import", model);
		}
	}

	@Operation(
			summary = "Import a session's suggestions from the Excel template (multipart 'file', 'congress', "
					+ "'session'); mode all-or-nothing (default) or valid-rows",
			description = "Answers {imported, updated, unchanged, saved, errors:[{row, column, message}]}; a row's key "
					+ "is congress + session + original number, so the same rows imported again are unchanged; "
					+ "an unreadable file answers 400")
	@PostMapping(value = "/api/v1/suggestions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.MANAGE + "')")
	@ResponseBody
	ResponseEntity<?> importApi(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long congress, @RequestParam(defaultValue = "1") int session,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "all-or-nothing") String mode, Locale locale) throws IOException {
		try {
			return ResponseEntity.ok(run(user, congress, session, file, mode));
		}
		catch (RuleViolationException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
			return ResponseEntity.badRequest()
				.body(new ApiError("bad_file", message, Map.of(String.valueOf(ex.field()), message)));
		}
	}

	private ImportReport run(CurrentUser user, Long congress, int session, MultipartFile file, String mode)
			throws IOException {
		if (congress == null) {
			throw new RuleViolationException("congress", "suggestion.import.congress");
		}
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException("file", "import.no-file");
		}
		ImportReport.Mode parsed = ImportReport.Mode.parse(mode);
		try (InputStream input = file.getInputStream()) {
			return this.imports.importSession(user, congress, session, input, parsed);
		}
	}

}
