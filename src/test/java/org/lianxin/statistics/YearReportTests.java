package org.lianxin.statistics;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.Meeting;
import org.lianxin.ledger.internal.MeetingKind;
import org.lianxin.statistics.internal.ReportView;
import org.lianxin.statistics.internal.YearReports;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year-end work report as the office uses it: the demo divisions' paragraphs written
 * from the records, the wording edited but never a figure, publishing that freezes the
 * figures while later corrections show beside them, the downloads, and bad input refused
 * with nothing written.
 */
@LianxinTest
class YearReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	YearReports reports;

	@Autowired
	LedgerBook ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkdayCalendar calendar;

	CurrentUser office(String region) {
		return Staff.load(this.accounts, "office-" + region);
	}

	String text(String region, int year) {
		ReportView view = this.reports.view(office(region), region, year);
		return view.paragraphs().stream().map(ReportView.Paragraph::text).collect(Collectors.joining("\n"));
	}

	long savedReports() {
		return this.jdbc.sql("select count(*) from statistics_year_report").query(Long.class).single()
				+ this.jdbc.sql("select count(*) from statistics_report_snapshot").query(Long.class).single();
	}

	@Test
	void gaizhous_report_writes_the_sources_supervision_paragraph_from_its_ledger() {
		assertThat(text("210881", 2025)).startsWith("盖州市人大常委会2025年度工作报告")
			.contains("全年共召开党组会议35次，主任会议39次，常委会会议9次，听取和审议专项工作报告14个，开展视察调研28次，"
					+ "依法任免国家机关工作人员93人次，向党委请示报告重要会议、重大事项18件次。");
	}

	/** The demo files 老边's suggestions today, so they are this year's. */
	@Test
	void laobians_report_writes_its_suggestions_with_the_sources_rates() {
		assertThat(text("210811", this.calendar.today().getYear())).contains("全年收到代表建议178件")
			.contains("答复率100%、办结率98.3%、满意率100%");
	}

	@Test
	void bayuquans_and_dashiqiaos_reports_count_their_articles() {
		assertThat(text("210804", 2025)).contains("全年在各级媒体刊发宣传稿件7篇。");
		assertThat(text("210882", 2025)).contains("常委会会议8次").contains("宣传稿件6篇");
	}

	@Test
	void the_page_links_every_figure_to_its_records_and_defines_each_rate() throws Exception {
		this.mvc
			.perform(get("/statistics/report?region=210881&year=2025").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"figure-ledger-PARTY_GROUP_MEETINGS\" href=\"/ledger/meetings?region=210881&amp;year=2025&amp;kind=PARTY_GROUP\"")))
			.andExpect(content().string(containsString("解决率 = 办结且答复为 A 类")))
			.andExpect(content().string(containsString("办结率 = 已办结件数 ÷ 受理件数")));
	}

	@Test
	void publishing_freezes_the_figures_and_a_later_correction_shows_as_a_difference() throws Exception {
		CurrentUser office = office("210882");
		this.ledger.record(office, new Meeting.NewMeeting(MeetingKind.PARTY_GROUP, 16, 1, LocalDate.of(2019, 3, 1),
				"学习贯彻会议精神", 7, List.of()));
		this.mvc
			.perform(post("/statistics/report/publish").param("region", "210882")
				.param("year", "2019")
				.with(Staff.as(this.accounts, "office-210882"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "statistics.report.published"));
		String frozen = this.jdbc
			.sql("select figures from statistics_report_snapshot where region_code = '210882' and year = 2019")
			.query(String.class)
			.single();
		assertThat(text("210882", 2019)).contains("全年共召开党组会议1次");

		this.ledger.record(office, new Meeting.NewMeeting(MeetingKind.PARTY_GROUP, 16, 2, LocalDate.of(2019, 6, 1),
				"研究年中工作", 7, List.of()));
		ReportView after = this.reports.view(office, "210882", 2019);
		assertThat(after.published()).isTrue();
		assertThat(text("210882", 2019)).contains("全年共召开党组会议1次");
		assertThat(after.changed()).singleElement().satisfies(change -> {
			assertThat(change.published().key()).isEqualTo("ledger.PARTY_GROUP_MEETINGS");
			assertThat(change.published().count()).isEqualTo(1);
			assertThat(change.now().count()).isEqualTo(2);
		});
		assertThat(this.jdbc
			.sql("select figures from statistics_report_snapshot where region_code = '210882' and year = 2019")
			.query(String.class)
			.single()).isEqualTo(frozen);
		this.mvc
			.perform(get("/statistics/report?region=210882&year=2019").with(Staff.as(this.accounts, "office-210882")))
			.andExpect(content().string(containsString("发布时 1，现为 2")));
		this.mvc
			.perform(get("/api/v1/statistics/report?region=210882&year=2019")
				.with(Staff.as(this.accounts, "office-210882")))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.changedSincePublished[0].published").value("1"))
			.andExpect(jsonPath("$.changedSincePublished[0].now").value("2"));
		// the snapshot refuses to be rewritten, and the report to be edited or published
		// again
		assertThatThrownBy(() -> this.jdbc.sql("update statistics_report_snapshot set figures = 'x'").update())
			.hasMessageContaining("append-only");
		this.mvc
			.perform(post("/statistics/report/wording").param("region", "210882")
				.param("year", "2019")
				.param("wording", "{{region}}{{year}}")
				.with(Staff.as(this.accounts, "office-210882"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("已经发布")));
	}

	@Test
	void an_edit_that_types_a_figure_is_refused_and_nothing_is_written() throws Exception {
		long before = savedReports();
		this.mvc
			.perform(post("/statistics/report/wording").param("region", "210881")
				.param("year", "2025")
				.param("wording", "{{region}}{{year}}年度工作报告\n全年共召开党组会议36次。")
				.with(Staff.as(this.accounts, "office-210881"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("数字来自记录，不能手工填写或改动")));
		this.mvc
			.perform(post("/statistics/report/wording").param("region", "210881")
				.param("year", "2025")
				.param("wording", "{{region}}{{year}}年度工作报告\n全年共召开党组会议３５次。")
				.with(Staff.as(this.accounts, "office-210881"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("数字来自记录")));
		this.mvc
			.perform(post("/statistics/report/wording").param("region", "210881")
				.param("year", "2025")
				.param("wording", "{{region}}年度工作报告\n召开党组会议{{ledger.PARTY_MEETINGS}}次。")
				.with(Staff.as(this.accounts, "office-210881"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("没有名为 {{ledger.PARTY_MEETINGS}} 的数字")));
		assertThat(savedReports()).isEqualTo(before);
	}

	@Test
	void the_office_rewords_the_text_around_the_figures() throws Exception {
		this.mvc
			.perform(post("/statistics/report/wording").param("region", "210803")
				.param("year", "2025")
				.param("wording", "{{region}}人大常委会{{year}}年工作总结\n坚持党的领导，全年共召开主任会议{{ledger.CHAIRPERSONS_MEETINGS}}次。")
				.with(Staff.as(this.accounts, "office-210803"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "statistics.report.reworded"));
		ReportView view = this.reports.view(office("210803"), "210803", 2025);
		assertThat(view.title()).endsWith("人大常委会2025年工作总结");
		assertThat(view.body()).singleElement().satisfies(p -> assertThat(p.text()).matches("坚持党的领导，全年共召开主任会议\\d+次。"));
	}

	@Test
	void a_year_without_records_says_so_and_cannot_be_published() throws Exception {
		long before = savedReports();
		this.mvc
			.perform(get("/statistics/report?region=210881&year=2005").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2005 年没有任何记录")));
		this.mvc
			.perform(get("/api/v1/statistics/report?region=210881&year=2005")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("没有任何记录")));
		this.mvc
			.perform(post("/statistics/report/publish").param("region", "210881")
				.param("year", "2005")
				.with(Staff.as(this.accounts, "office-210881"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("没有任何记录")));
		assertThat(savedReports()).isEqualTo(before);
	}

	@Test
	void a_region_outside_the_scope_is_refused_clearly() throws Exception {
		this.mvc
			.perform(get("/statistics/report?region=210882&year=2025").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在您的数据范围内")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"report-text\""))));
		this.mvc
			.perform(get("/api/v1/statistics/report?region=210882&year=2025")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("不在您的数据范围内")));
		this.mvc
			.perform(get("/api/v1/statistics/report?region=210881&year=3000")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("年度须在 2000 年至")));
	}

	@Test
	void the_api_returns_the_text_with_the_figures_in_place_and_their_records() throws Exception {
		this.mvc
			.perform(get("/api/v1/statistics/report?region=210881&year=2025")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("盖州市人大常委会2025年度工作报告"))
			.andExpect(jsonPath("$.paragraphs[0]", containsString("全年共召开党组会议35次")))
			.andExpect(jsonPath("$.figures[0].key").value("ledger.PARTY_GROUP_MEETINGS"))
			.andExpect(jsonPath("$.figures[0].count").value(35))
			.andExpect(
					jsonPath("$.figures[0].records").value("/ledger/meetings?region=210881&year=2025&kind=PARTY_GROUP"))
			.andExpect(jsonPath("$.figures[?(@.key == 'suggestion.rate.SOLVED')].definition",
					org.hamcrest.Matchers.hasItem(containsString("办结不等于解决"))));
	}

	@Test
	void the_docx_and_the_pdf_open_and_carry_the_figures() throws Exception {
		byte[] docx = this.mvc
			.perform(get("/statistics/report.docx?region=210881&year=2025")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = document.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(text).startsWith("盖州市人大常委会2025年度工作报告")
				.contains("全年共召开党组会议35次")
				.contains("指标口径")
				.contains("办结不等于解决");
		}
		byte[] pdf = this.mvc
			.perform(get("/statistics/report.pdf?region=210881&year=2025")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("盖州市人大常委会2025年度工作报告").contains("全年共召开党组会议35次");
		}
	}

}
