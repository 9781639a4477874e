package org.lianxin.platform.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.lianxin.platform.excel.SheetForm.Unreadable;
import org.lianxin.platform.files.UploadLimits;
import org.lianxin.platform.files.ZipBombLimits;

/**
 * An uploaded file opened as a workbook only when it is a plain .xlsx within the upload
 * limit, with the header a {@link SheetForm} expects: what it is instead (a CSV or an old
 * .xls, a password, another header, a merged header, a zip bomb) is told apart and
 * answered as {@link Unreadable}.
 */
final class UploadedWorkbook {

	private UploadedWorkbook() {
	}

	/** The upload as a workbook; the caller closes it. */
	static Workbook open(InputStream upload) throws Unreadable {
		ZipBombLimits.apply();
		return openXlsx(withinLimit(upload));
	}

	/** Refuses a first row that is not the given header, or a merged one. */
	static void checkHeader(Sheet sheet, List<String> headers) throws Unreadable {
		Row header = sheet.getRow(0);
		for (int c = 0; c < headers.size(); c++) {
			String found = (header != null) ? CellText.of(header.getCell(c)) : "";
			if (!headers.get(c).equals(found)) {
				throw new Unreadable("import.header", c + 1, headers.get(c), found);
			}
		}
		if (sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 0)) {
			throw new Unreadable("import.header", 1, headers.get(0), "");
		}
	}

	/** The rows below the header that hold any cell. */
	static int countFilled(Sheet sheet) {
		int filled = 0;
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0) {
				filled++;
			}
		}
		return filled;
	}

	/**
	 * The upload, refused past {@link UploadLimits#MAX_FILE_BYTES}: the multipart parser
	 * takes a file up to a whole request's size, so that photo forms can answer on their
	 * field.
	 */
	private static InputStream withinLimit(InputStream upload) throws Unreadable {
		try {
			byte[] bytes = upload.readNBytes((int) UploadLimits.MAX_FILE_BYTES + 1);
			if (bytes.length > UploadLimits.MAX_FILE_BYTES) {
				throw new Unreadable("import.too-large", UploadLimits.MAX_FILE_MEGABYTES);
			}
			return new ByteArrayInputStream(bytes);
		}
		catch (IOException ex) {
			throw new Unreadable("import.not-xlsx");
		}
	}

	/**
	 * Opens an .xlsx, telling a password-protected file and an old .xls or CSV apart from
	 * it.
	 */
	private static Workbook openXlsx(InputStream upload) throws Unreadable {
		InputStream input = FileMagic.prepareToCheckMagic(upload);
		try {
			FileMagic magic = FileMagic.valueOf(input);
			if (magic == FileMagic.OLE2) {
				// an encrypted .xlsx is an OLE2 container holding an EncryptionInfo
				// stream; otherwise an old .xls
				try (POIFSFileSystem container = new POIFSFileSystem(input)) {
					throw new Unreadable(
							container.getRoot().hasEntry("EncryptionInfo") ? "import.encrypted" : "import.not-xlsx");
				}
			}
			if (magic != FileMagic.OOXML) {
				throw new Unreadable("import.not-xlsx");
			}
			return new XSSFWorkbook(input);
		}
		catch (EncryptedDocumentException ex) {
			throw new Unreadable("import.encrypted");
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("import.not-xlsx");
		}
	}

}
