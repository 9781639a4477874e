package org.lianxin;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * One column of every sheet of a large workbook, read with POI's streaming reader: an
 * export of tens of thousands of rows is checked without loading it whole.
 */
public final class SheetColumns {

	private SheetColumns() {
	}

	/** The column's values below each sheet's header row, sheet after sheet. */
	public static List<String> column(byte[] xlsx, int column) throws Exception {
		List<String> values = new ArrayList<>();
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
							new Cells(column, values), new DataFormatter(), false));
					parser.parse(new InputSource(sheet));
				}
			}
		}
		return values;
	}

	private record Cells(int column, List<String> values) implements SheetContentsHandler {

		@Override
		public void startRow(int rowNum) {
		}

		@Override
		public void endRow(int rowNum) {
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			CellReference cell = new CellReference(reference);
			if (cell.getRow() > 0 && cell.getCol() == this.column) {
				this.values.add(value);
			}
		}

	}

}
