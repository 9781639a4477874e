package org.lianxin.deputy.web;

import java.io.IOException;
import java.io.InputStream;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.internal.DeputyWorkbookImport;
import org.lianxin.deputy.internal.DeputyWorkbookImport.CheckedWorkbook;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded workbook and the chosen mode, as the page and the API both receive them.
 */
final class WorkbookUploads {

	private WorkbookUploads() {
	}

	/** Reads and saves the workbook at once, as the API does. */
	static ImportReport run(DeputyWorkbookImport workbooks, CurrentUser user, MultipartFile file, String mode)
			throws IOException {
		ImportReport.Mode parsed = mode(mode);
		return workbooks.save(user, read(workbooks, user, file), parsed, (done, total) -> {
		});
	}

	/** Reads and checks the uploaded workbook; nothing is saved yet. */
	static CheckedWorkbook read(DeputyWorkbookImport workbooks, CurrentUser user, MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new RuleViolationException("file", "import.no-file");
		}
		try (InputStream input = file.getInputStream()) {
			return workbooks.read(user, input);
		}
	}

	static ImportReport.Mode mode(String mode) {
		return ImportReport.Mode.parse(mode);
	}

}
