package org.lianxin.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How a {@link SheetForm}'s workbooks are laid out: the bold, frozen header row every
 * template and export starts with, and the drop-down lists of a template.
 */
final class SheetWriting {

	private SheetWriting() {
	}

	/** The sheet with its header row. */
	static Sheet header(Workbook workbook, String sheetName, List<String> headers) {
		Sheet sheet = workbook.createSheet(sheetName);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, 16 * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/**
	 * A drop-down list on each given column, down to {@code lastRow}. Long lists live on
	 * a hidden sheet: an inline list cannot hold 255 characters.
	 */
	static void dropDowns(XSSFWorkbook workbook, Sheet sheet, Map<Integer, List<String>> dropDowns, int lastRow) {
		DataValidationHelper validation = sheet.getDataValidationHelper();
		Sheet options = null;
		int optionColumn = 0;
		for (Map.Entry<Integer, List<String>> list : dropDowns.entrySet()) {
			List<String> values = list.getValue();
			if (values.isEmpty()) {
				continue;
			}
			CellRangeAddressList cells = new CellRangeAddressList(1, lastRow, list.getKey(), list.getKey());
			if (String.join(",", values).length() < 200) {
				sheet.addValidationData(validation
					.createValidation(validation.createExplicitListConstraint(values.toArray(String[]::new)), cells));
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
			sheet.addValidationData(validation.createValidation(
					validation.createFormulaListConstraint("'选项'!$" + letter + "$1:$" + letter + "$" + values.size()),
					cells));
			optionColumn++;
		}
	}

	static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
