package org.lianxin.e2e;

import java.io.FileInputStream;
import java.io.InputStream;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office of 鲅鱼圈 generates its 2025 report, opens the records behind a figure,
 * publishes the report and downloads it as a Word document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class YearReportJourneyTests extends BrowserTest {

	@Test
	void the_office_generates_its_year_report_opens_a_figure_publishes_and_downloads_it() throws Exception {
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 768))) {
			Page page = signIn(desk, "office-210804");
			page.navigate(url("/statistics/report"));
			page.getByLabel("年度").fill("2025");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成报告")).click();
			assertThat(page.locator("#report-text h2")).hasText("鲅鱼圈区人大常委会2025年度工作报告");
			assertThat(page.locator("#report-text")).containsText("全年在各级媒体刊发宣传稿件7篇");

			page.locator("#figure-ledger-ARTICLES").click();
			assertThat(page.locator("tbody")).containsText("人民代表报");
			page.goBack();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布报告")).click();
			assertThat(page.locator("#report-status")).containsText("发布");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("year-report-published.png")));

			Download download = page.waitForDownload(() -> page.locator("#download-docx").click());
			try (InputStream in = new FileInputStream(download.path().toFile());
					XWPFDocument document = new XWPFDocument(in)) {
				org.assertj.core.api.Assertions
					.assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList())
					.anySatisfy(text -> org.assertj.core.api.Assertions.assertThat(text).contains("宣传稿件7篇"));
			}
		}
	}

}
