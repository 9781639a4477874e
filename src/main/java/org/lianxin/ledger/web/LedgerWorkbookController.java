package org.lianxin.ledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerPermissions;
import org.lianxin.ledger.internal.LedgerWorkbooks;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The meetings ledger and Excel: the template, the import with its report, the export.
 */
@Controller
class LedgerWorkbookController {

	private final LedgerWorkbooks workbooks;

	private final LedgerBook book;

	private final WorkdayCalendar calendar;

	private final MessageSource messages;

	LedgerWorkbookController(LedgerWorkbooks workbooks, LedgerBook book, WorkdayCalendar calendar,
			MessageSource messages) {
		this.workbooks = workbooks;
		this.book = book;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/ledger/meetings/template.xlsx")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.attachment("会议台账导入模板.xlsx", this.workbooks.template());
	}

	@GetMapping("/ledger/meetings/export")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.VIEW + "')")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year) {
		LedgerPage page = LedgerPage.of(user, region, year, this.book, this.calendar.today());
		return XlsxDownloads.attachment(page.region().name() + page.year() + "年会议台账.xlsx",
				this.workbooks.exportMeetings(page.region().code(), page.year()));
	}

	@GetMapping("/ledger/meetings/import")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	String importPage() {
		return "ledger/import";
	}

	@PostMapping("/ledger/meetings/import")
	@PreAuthorize("hasAuthority('" + LedgerPermissions.EDIT + "')")
	Object importMeetings(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, Model model, Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException("file", "import.no-file");
			}
			ImportReport.Mode parsed = ImportReport.Mode.parse(mode);
			try (InputStream input = file.getInputStream()) {
				model.addAttribute("report", this.workbooks.importMeetings(user, input, parsed));
			}
			return "ledger/import";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return FormPages.rejected("ledger/import", model);
		}
	}

}
