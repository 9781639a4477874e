package org.lianxin.platform.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.lianxin.platform.files.UploadLimits;

/**
 * A one-sheet workbook that offices fill in with an ordinary office suite: its template
 * (bold frozen header, an example row, drop-down lists), its export in the same shape,
 * and the reading of a filled-in one, refusing anything that is not a plain .xlsx of that
 * shape (a CSV or an old .xls, a password, another header, a merged header, too many
 * rows). Cells are read as values; formulas are never evaluated, only their cached
 * results used.
 *
 * @param sheetName the sheet's name in the template and the export
 * @param headers the columns, in order; a * marks the required ones
 * @param maxRows the most filled-in rows one upload may carry
 */
public record SheetForm(String sheetName, List<String> headers, int maxRows) {

	public SheetForm {
		headers = List.copyOf(headers);
	}

	/** One filled-in row, as text; the row number as the spreadsheet shows it. */
	public record Line(int row, List<String> cells) {

		public String get(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

	/** Why a workbook could not be read at all, as a message key. */
	public static final class Unreadable extends Exception {

		private final String messageKey;

		private final transient Object[] arguments;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public Object[] arguments() {
			return this.arguments;
		}

	}

	/** The column's header as a report names it: without the required-mark. */
	public String column(int index) {
		return this.headers.get(index).replace("*", "");
	}

	/**
	 * The empty template with an example row and a drop-down list on the given columns.
	 * Long lists live on a hidden sheet: an inline list cannot hold 255 characters.
	 */
	public byte[] template(List<String> example, Map<Integer, List<String>> dropDowns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = header(workbook);
			Row row = sheet.createRow(1);
			for (int i = 0; i < example.size(); i++) {
				row.createCell(i).setCellValue(example.get(i));
			}
			DataValidationHelper validation = sheet.getDataValidationHelper();
			Sheet options = null;
			int optionColumn = 0;
			for (Map.Entry<Integer, List<String>> list : dropDowns.entrySet()) {
				List<String> values = list.getValue();
				if (values.isEmpty()) {
					continue;
				}
				CellRangeAddressList cells = new CellRangeAddressList(1, this.maxRows, list.getKey(), list.getKey());
				if (String.join(",", values).length() < 200) {
					sheet.addValidationData(validation.createValidation(
							validation.createExplicitListConstraint(values.toArray(String[]::new)), cells));
					continue;
				}
				if (options == null) {
					options = workbook.createSheet("选项");
					workbook.setSheetHidden(workbook.getSheetIndex(options), true);
				}
				for (int i = 0; i < values.size(); i++) {
					Row optionRow = (options.getRow(i) != null) ? options.getRow(i) : options.createRow(i);
					optionRow.createCell(optionColumn).setCellValue(values.get(i));
				}
				String letter = String.valueOf((char) ('A' + optionColumn));
				sheet.addValidationData(validation.createValidation(validation
					.createFormulaListConstraint("'选项'!$" + letter + "$1:$" + letter + "$" + values.size()), cells));
				optionColumn++;
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows in the template's shape, so an export can be edited and imported again.
	 */
	public byte[] export(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = header(workbook);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (value != null) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The filled-in rows of an uploaded workbook, blank rows skipped. */
	public List<Line> read(InputStream upload) throws Unreadable {
		// refuse zip bombs early: a real workbook of a few thousand rows is far from
		// these
		// limits
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
		Workbook workbook = open(withinLimit(upload));
		try (workbook) {
			Sheet sheet = workbook.getSheetAt(0);
			checkHeader(sheet);
			if (sheet.getLastRowNum() > this.maxRows + 1000 && countFilled(sheet) > this.maxRows) {
				throw new Unreadable("import.too-many-rows", this.maxRows);
			}
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				boolean blank = true;
				for (int c = 0; c < this.headers.size(); c++) {
					String value = text(row.getCell(c));
					blank &= value.isEmpty();
					cells.add(value);
				}
				if (!blank) {
					lines.add(new Line(row.getRowNum() + 1, cells));
					if (lines.size() > this.maxRows) {
						throw new Unreadable("import.too-many-rows", this.maxRows);
					}
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new Unreadable("import.not-xlsx");
		}
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

	/** A date cell or text as yyyy-MM-dd (or yyyy/M/d, yyyy-M-d, yyyy.M.d). */
	public static Optional<LocalDate> date(String text) {
		for (String pattern : List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d")) {
			try {
				return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern)));
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		return Optional.empty();
	}

	/**
	 * Opens an .xlsx, telling a password-protected file and an old .xls or CSV apart from
	 * it.
	 */
	private static Workbook open(InputStream upload) throws Unreadable {
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

	private void checkHeader(Sheet sheet) throws Unreadable {
		Row header = sheet.getRow(0);
		for (int c = 0; c < this.headers.size(); c++) {
			String found = (header != null) ? text(header.getCell(c)) : "";
			if (!this.headers.get(c).equals(found)) {
				throw new Unreadable("import.header", c + 1, this.headers.get(c), found);
			}
		}
		if (sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 0)) {
			throw new Unreadable("import.header", 1, this.headers.get(0), "");
		}
	}

	private static int countFilled(Sheet sheet) {
		int filled = 0;
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0) {
				filled++;
			}
		}
		return filled;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString() : numeric(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String numeric(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.valueOf((long) value)
				: String.valueOf(value);
	}

	private Sheet header(XSSFWorkbook workbook) {
		Sheet sheet = workbook.createSheet(this.sheetName);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < this.headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(this.headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, 16 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
