package org.lianxin.legislation.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A server without the report's font tells the office so, instead of failing. */
class ReportPdfFontTests {

	@Test
	void a_missing_font_is_named_in_a_clear_refusal() {
		ReportPdf pdf = new ReportPdf("/nonexistent/fonts/wqy-zenhei.ttc");
		assertThatThrownBy(() -> pdf.write(List.of(new ReportLines.Line("意见汇总报告", true, 16, true))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "report.pdf.font-missing");
	}

	@Test
	void a_file_that_is_no_font_is_refused_the_same_way() throws Exception {
		java.nio.file.Path notFont = java.nio.file.Files.createTempFile("not-a-font", ".ttc");
		java.nio.file.Files.writeString(notFont, "这不是字体文件");
		ReportPdf pdf = new ReportPdf(notFont.toString());
		assertThatThrownBy(() -> pdf.write(List.of(new ReportLines.Line("意见汇总报告", true, 16, true))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "report.pdf.font-unreadable");
	}

}
