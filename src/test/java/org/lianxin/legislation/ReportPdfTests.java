package org.lianxin.legislation;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report upward as PDF (issue 16, step 5): what the .docx says, in an embedded font.
 */
@LianxinTest
class ReportPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	Consultations consultations;

	@Autowired
	DraftOpinions opinions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_report_as_pdf_reads_back_as_the_word_report_says_in_an_embedded_chinese_font() throws Exception {
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"PDF报送征询");
		long point = LegislativeFixtures.infoPoint(this.venues);
		for (String phone : new String[] { "13704175501", "13704175502" }) {
			this.opinions.give(new NewDraftOpinion(id, 3, null, "建议将学生资助制度扩大到全部中职学校学生", OpinionChannel.QR_PAGE, point,
					null, null, null, phone, null), null);
		}
		this.consultations.closeGathering(Staff.load(this.accounts, "office-210803"), id);
		var sources = this.jdbc.sql("select id::text from legislation_opinion where consultation_id = ?")
			.param(id)
			.query(String.class)
			.list();
		this.mvc
			.perform(post("/legislation/consultations/{id}/merges", id).with(as())
				.with(csrf())
				.param("opinionIds", sources.toArray(String[]::new))
				.param("text", "建议将学生资助制度覆盖全部中职学校学生")
				.param("reason", "中职学生家庭经济困难比例较高，" + "资助范围宜与普通高中一致。".repeat(6)))
			.andExpect(flash().attribute("notice", "merge.done"));

		byte[] pdf = this.mvc.perform(get("/legislation/consultations/{id}/report.pdf", id).with(as()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] docx = this.mvc.perform(get("/legislation/consultations/{id}/report.docx", id).with(as()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("关于《PDF报送征询》的意见汇总报告", "建议将学生资助制度覆盖全部中职学校学生（2 人提出）");
			// lines wrap where the page ends: compared without the breaks, it says what
			// Word says
			assertThat(squeezed(text)).isEqualTo(squeezed(wordText(docx)));
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	private static String squeezed(String text) {
		return text.replaceAll("[\\s\u3000]", "");
	}

	private static String wordText(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as() {
		return Staff.as(this.accounts, "office-210803");
	}

}
