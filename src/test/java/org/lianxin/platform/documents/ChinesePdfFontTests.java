package org.lianxin.platform.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A server without the report's font tells the office so, instead of failing. */
class ChinesePdfFontTests {

	@Test
	void a_missing_font_is_named_in_a_clear_refusal() {
		ChinesePdf pdf = new ChinesePdf("/nonexistent/fonts/wqy-zenhei.ttc");
		assertThatThrownBy(() -> pdf.write(List.of(new DocumentLine("意见汇总报告", true, 16, true))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "report.pdf.font-missing");
	}

	@Test
	void a_file_that_is_no_font_is_refused_the_same_way() throws Exception {
		java.nio.file.Path notFont = java.nio.file.Files.createTempFile("not-a-font", ".ttc");
		java.nio.file.Files.writeString(notFont, "这不是字体文件");
		ChinesePdf pdf = new ChinesePdf(notFont.toString());
		assertThatThrownBy(() -> pdf.write(List.of(new DocumentLine("意见汇总报告", true, 16, true))))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "report.pdf.font-unreadable");
	}

}
