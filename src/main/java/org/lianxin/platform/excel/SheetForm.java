package org.lianxin.platform.excel;

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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
	 */
	public byte[] template(List<String> example, Map<Integer, List<String>> dropDowns) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = SheetWriting.header(workbook, this.sheetName, this.headers);
			Row row = sheet.createRow(1);
			for (int i = 0; i < example.size(); i++) {
				row.createCell(i).setCellValue(example.get(i));
			}
			SheetWriting.dropDowns(workbook, sheet, dropDowns, this.maxRows);
			return SheetWriting.bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows in the template's shape, so an export can be edited and imported again.
	 * For a short list already in hand; a long one streams through {@link SheetExports}.
	 */
	public byte[] export(List<List<String>> rows) {
		try (StreamedSheet sheet = new StreamedSheet(this.sheetName, this.headers);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			rows.forEach(sheet);
			sheet.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The filled-in rows of an uploaded workbook, blank rows skipped. */
	public List<Line> read(InputStream upload) throws Unreadable {
		Workbook workbook = UploadedWorkbook.open(upload);
		try (workbook) {
			Sheet sheet = workbook.getSheetAt(0);
			UploadedWorkbook.checkHeader(sheet, this.headers);
			if (sheet.getLastRowNum() > this.maxRows + 1000 && UploadedWorkbook.countFilled(sheet) > this.maxRows) {
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
					String value = CellText.of(row.getCell(c));
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

}
