package org.lianxin.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export's workbook written as its rows come: only a small window of rows is held, the
 * rest goes to compressed temporary files, which {@link #close()} deletes. A list longer
 * than a sheet can hold (1,048,576 rows with the header) goes on in a second sheet of the
 * same shape, "name (2)", and so on.
 */
final class StreamedSheet implements Consumer<List<String>>, AutoCloseable {

	/** Rows held in memory; older ones are already on the temporary file. */
	static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final String name;

	private final List<String> headers;

	private final int rowsPerSheet;

	private Sheet sheet;

	private int nextRow;

	private long rows;

	StreamedSheet(String name, List<String> headers) {
		this(name, headers, SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
	}

	/**
	 * With fewer rows to a sheet than Excel allows, so that a test can see the overflow.
	 */
	StreamedSheet(String name, List<String> headers, int rowsPerSheet) {
		this.workbook.setCompressTempFiles(true);
		this.name = name;
		this.headers = List.copyOf(headers);
		this.rowsPerSheet = rowsPerSheet;
		nextSheet();
	}

	@Override
	public void accept(List<String> cells) {
		if (this.nextRow > this.rowsPerSheet) {
			nextSheet();
		}
		Row row = this.sheet.createRow(this.nextRow++);
		for (int c = 0; c < cells.size(); c++) {
			String value = cells.get(c);
			if (value != null) {
				row.createCell(c).setCellValue(value);
			}
		}
		this.rows++;
	}

	/** How many rows were written, headers not counted. */
	long rows() {
		return this.rows;
	}

	/** The whole workbook, zipped into {@code out} from the temporary files. */
	void writeTo(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

	private void nextSheet() {
		int number = this.workbook.getNumberOfSheets() + 1;
		this.sheet = SheetWriting.header(this.workbook, (number == 1) ? this.name : this.name + " (" + number + ")",
				this.headers);
		this.nextRow = 1;
	}

}
