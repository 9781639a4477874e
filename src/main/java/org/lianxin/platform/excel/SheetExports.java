package org.lianxin.platform.excel;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every list export of any length, one way: the rows are read in one read-only
 * transaction (so that a query can run as a cursor, {@link #FETCH_SIZE} rows at a time)
 * and written as they come through a {@link StreamedSheet}, then zipped straight into the
 * response. Memory stays flat however long the list; there is no row limit.
 * <p>
 * Nothing is sent until every row is read, so a failure while reading (a database gone, a
 * broken rule) gets the usual error answer. Once the workbook is being sent the answer
 * has begun: a failure then is logged and the connection dropped, so that the browser
 * reports the download as failed instead of keeping a truncated file.
 */
@Component
public class SheetExports {

	/** Rows a database cursor hands over at a time while an export reads. */
	public static final int FETCH_SIZE = 1000;

	private static final Logger logger = LoggerFactory.getLogger(SheetExports.class);

	private final TransactionTemplate readOnly;

	SheetExports(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Sends the rows as a workbook of the form's shape named {@code filename}.
	 * @return how many rows were sent
	 */
	public long download(HttpServletResponse response, String filename, SheetForm form, ExportRows rows)
			throws IOException {
		try (StreamedSheet sheet = new StreamedSheet(form.sheetName(), form.headers())) {
			this.readOnly.executeWithoutResult(status -> rows.writeTo(sheet));
			response.setContentType(XlsxDownloads.XLSX.toString());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxDownloads.disposition(filename));
			try {
				sheet.writeTo(response.getOutputStream());
			}
			catch (IOException | RuntimeException ex) {
				if (!response.isCommitted()) {
					// nothing has gone out yet: the usual error answer still can
					response.reset();
					throw ex;
				}
				logger.warn(
						"The export {} of {} rows broke off after its answer had begun; the connection is dropped: {}",
						filename, sheet.rows(), ex.toString());
				throw ex;
			}
			return sheet.rows();
		}
	}

}
