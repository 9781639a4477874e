package org.lianxin.deputy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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

/**
 * The deputies workbook: the template people fill in with an ordinary office suite, the
 * reading of a filled-in one (refusing anything that is not a plain .xlsx of that shape),
 * and the export. Cells are read as values; formulas are never evaluated, only their
 * cached results are used.
 */
public final class DeputyWorkbook {

	/** The columns, in order; a * marks the required ones. */
	public static final List<String> HEADERS = List.of("姓名*", "性别", "民族", "出生年份", "政治面貌", "职业", "工作单位", "手机号码", "简介",
			"人民代表大会*", "选区", "代表小组", "当选日期*");

	public static final int MAX_ROWS = 5000;

	static final String SHEET = "人大代表";

	private DeputyWorkbook() {
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

	/** The empty template with an example row and drop-down lists. */
	public static byte[] template(List<String> congressNames) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = header(workbook);
			Row example = sheet.createRow(1);
			List<String> values = List.of("张三", "男", "汉族", "1970", "中共党员", "社区党委书记", "某街道某社区", "13800000000", "（可选）",
					congressNames.isEmpty() ? "" : congressNames.get(0), "第一选区", "某街道代表小组", "2021-11-15");
			for (int i = 0; i < values.size(); i++) {
				example.createCell(i).setCellValue(values.get(i));
			}
			DataValidationHelper validation = sheet.getDataValidationHelper();
			sheet.addValidationData(
					validation.createValidation(validation.createExplicitListConstraint(new String[] { "男", "女" }),
							new CellRangeAddressList(1, MAX_ROWS, 1, 1)));
			if (!congressNames.isEmpty()) {
				// the list of congresses lives on a hidden sheet: a validation list
				// cannot hold 255+ characters inline
				Sheet options = workbook.createSheet("选项");
				for (int i = 0; i < congressNames.size(); i++) {
					options.createRow(i).createCell(0).setCellValue(congressNames.get(i));
				}
				workbook.setSheetHidden(workbook.getSheetIndex(options), true);
				sheet.addValidationData(validation.createValidation(
						validation.createFormulaListConstraint("'选项'!$A$1:$A$" + congressNames.size()),
						new CellRangeAddressList(1, MAX_ROWS, 9, 9)));
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The given rows in the template's shape, so an export can be edited and imported
	 * again.
	 */
	public static byte[] export(List<List<String>> rows) {
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
	public static List<Line> read(InputStream upload) throws Unreadable {
		// refuse zip bombs early: a real workbook of 5,000 rows is far from these limits
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
		Workbook workbook = open(upload);
		try (workbook) {
			Sheet sheet = workbook.getSheetAt(0);
			checkHeader(sheet);
			if (sheet.getLastRowNum() > MAX_ROWS + 1000 && countFilled(sheet) > MAX_ROWS) {
				throw new Unreadable("import.too-many-rows", MAX_ROWS);
			}
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				boolean blank = true;
				for (int c = 0; c < HEADERS.size(); c++) {
					String value = text(row.getCell(c));
					blank &= value.isEmpty();
					cells.add(value);
				}
				if (!blank) {
					lines.add(new Line(row.getRowNum() + 1, cells));
					if (lines.size() > MAX_ROWS) {
						throw new Unreadable("import.too-many-rows", MAX_ROWS);
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

	/** A date cell or text as yyyy-MM-dd (or yyyy/M/d). */
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

	private static void checkHeader(Sheet sheet) throws Unreadable {
		Row header = sheet.getRow(0);
		for (int c = 0; c < HEADERS.size(); c++) {
			String found = (header != null) ? text(header.getCell(c)) : "";
			if (!HEADERS.get(c).equals(found)) {
				throw new Unreadable("import.header", c + 1, HEADERS.get(c), found);
			}
		}
		if (!sheet.getMergedRegions().isEmpty()
				&& sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 0)) {
			throw new Unreadable("import.header", 1, HEADERS.get(0), "");
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

	private static Sheet header(XSSFWorkbook workbook) {
		Sheet sheet = workbook.createSheet(SHEET);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(HEADERS.get(i));
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
