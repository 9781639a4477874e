package org.lianxin.platform.excel;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;

import org.lianxin.SheetColumns;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetExportsTests {

	private static final SheetForm FORM = new SheetForm("清单", List.of("编号", "名称"), 0);

	private final SheetExports exports = new SheetExports(new NoTransactions());

	@Test
	void every_row_handed_over_is_in_the_download_under_the_forms_header() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		long sent = this.exports.download(response, "清单.xlsx", FORM,
				sheet -> IntStream.range(0, 3000).forEach(i -> sheet.accept(List.of("N" + i, "第" + i + "行"))));
		assertThat(sent).isEqualTo(3000);
		assertThat(response.getContentType()).isEqualTo(XlsxDownloads.XLSX.toString());
		assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''%E6%B8%85%E5%8D%95.xlsx");
		List<String> numbers = SheetColumns.column(response.getContentAsByteArray(), 0);
		assertThat(numbers).hasSize(3000).startsWith("N0", "N1").endsWith("N2999");
	}

	@Test
	void a_list_longer_than_a_sheet_goes_on_in_a_second_sheet_of_the_same_shape() throws Exception {
		try (StreamedSheet sheet = new StreamedSheet("清单", FORM.headers(), 4);
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			IntStream.range(0, 6).forEach(i -> sheet.accept(List.of("N" + i, "")));
			sheet.writeTo(out);
			try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(out.toByteArray()))) {
				assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
				assertThat(workbook.getSheetName(1)).isEqualTo("清单 (2)");
				assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
				assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).isEqualTo("N5");
			}
		}
	}

	@Test
	void a_failure_while_reading_sends_nothing_so_the_usual_error_answer_can_go_out() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(() -> this.exports.download(response, "清单.xlsx", FORM, sheet -> {
			sheet.accept(List.of("N1", ""));
			throw new IllegalStateException("the database went away");
		})).hasMessage("the database went away");
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentType()).isNull();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void a_failure_once_the_answer_has_begun_is_thrown_on_so_that_the_connection_is_dropped() {
		MockHttpServletResponse committed = new MockHttpServletResponse();
		BreakingAfterFirstWrite response = new BreakingAfterFirstWrite(committed);
		assertThatThrownBy(() -> this.exports.download(response, "清单.xlsx", FORM,
				sheet -> IntStream.range(0, 100).forEach(i -> sheet.accept(List.of("N" + i, "")))))
			.isInstanceOf(IOException.class)
			.hasMessage("connection reset");
		// not reset into an error page: the container drops a committed answer that fails
		assertThat(committed.isCommitted()).isTrue();
		assertThat(committed.getContentAsByteArray()).isNotEmpty();
	}

	/** Takes the first bytes, commits the answer, then loses the client. */
	private static final class BreakingAfterFirstWrite extends HttpServletResponseWrapper {

		private final MockHttpServletResponse response;

		BreakingAfterFirstWrite(MockHttpServletResponse response) {
			super(response);
			this.response = response;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return new ServletOutputStream() {

				@Override
				public void write(int b) throws IOException {
					if (BreakingAfterFirstWrite.this.response.isCommitted()) {
						throw new IOException("connection reset");
					}
					BreakingAfterFirstWrite.this.response.getOutputStream().write(b);
					BreakingAfterFirstWrite.this.response.setCommitted(true);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}

			};
		}

	}

	/** Rows read outside any database: the transaction has nothing to do. */
	private static final class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

}
