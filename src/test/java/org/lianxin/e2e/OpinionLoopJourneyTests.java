package org.lianxin.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop in a real browser: a citizen scans a deputy's code on a phone and
 * reports a problem with a photo; the office assigns it; the agency signs and replies;
 * the office tells the citizen; the citizen rates it on the tracking page; the office
 * closes it, and it is counted in the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class OpinionLoopJourneyTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeputyCodes codes;

	@Autowired
	StaffAccounts accounts;

	@Test
	void a_citizens_report_goes_round_the_loop_and_is_counted() throws Exception {
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		String code = this.codes.codeOf(Staff.load(this.accounts, "office-210802"), deputy);

		// 1. the citizen, on a phone
		String trackingUrl;
		String trackingCode;
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(url("/d/" + code));
			page.locator("#opinion-button").click();
			assertThat(page.locator("#opinion-source")).containsText("王秀英");
			page.getByLabel("问题分类").selectOption("URBAN_CONSTRUCTION");
			page.getByLabel("问题描述").fill("旅程测试：东风路与学府路交叉口的井盖缺失，夜里很危险");
			page.getByLabel("所在区县、乡镇街道").selectOption("210802001");
			page.getByLabel("照片（可不传，最多 4 张）").setInputFiles(new FilePayload("manhole.png", "image/png", photo()));
			page.getByLabel("手机号码").fill("13904178888");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-1-citizen-form-phone.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
			assertThat(page.locator("#submitted")).containsText("已收到您反映的问题");
			trackingCode = page.locator("#tracking-code").textContent().strip();
			trackingUrl = page.url().replace("?new", "");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-2-tracking-code-phone.png")));
		}
		long id = this.jdbc.sql("select id from opinion where tracking_code = ?")
			.param(trackingCode)
			.query(Long.class)
			.single();

		// 2. the office triages and assigns
		try (BrowserContext office = desktop()) {
			Page page = signIn(office, "office-210802");
			page.locator("#lx-nav").getByText("待交办").click();
			page.locator("#opinions tr[data-id='" + id + "'] a").click();
			assertThat(page.locator("#case-description")).containsText("井盖缺失");
			assertThat(page.locator("#case-phone")).hasText("139****8888");
			page.locator("#action-ASSIGN summary").click();
			page.locator("#action-ASSIGN select[name=leadAgencyId]")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("站前区住房和城乡建设局（站前区）"));
			page.locator("#action-ASSIGN button[type=submit]").click();
			assertThat(page.locator("#case-status")).hasText("已交办待签收");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-3-office-assigned.png")));
		}

		// 3. the agency signs and replies
		try (BrowserContext agency = desktop()) {
			Page page = signIn(agency, "agency-210802");
			page.navigate(url("/opinions/" + id));
			page.locator("#action-SIGN summary").click();
			page.locator("#action-SIGN button[type=submit]").click();
			assertThat(page.locator("#case-status")).hasText("办理中");
			page.locator("#action-REPLY summary").click();
			page.locator("#action-REPLY").getByLabel("A 类：已解决或基本解决").check();
			page.locator("#action-REPLY textarea").fill("已于当日补装井盖并设置警示标志");
			page.locator("#action-REPLY button[type=submit]").click();
			assertThat(page.locator("#case-status")).hasText("已答复待反馈");
		}

		// 4. the office tells the citizen
		try (BrowserContext office = desktop()) {
			Page page = signIn(office, "office-210802");
			page.navigate(url("/opinions/" + id));
			page.locator("#action-FEEDBACK textarea").fill("井盖已补装，感谢您的反映");
			page.locator("#action-FEEDBACK button[type=submit]").click();
			assertThat(page.locator("#case-status")).hasText("已反馈待回访");
		}

		// 5. the citizen rates the result on the tracking page
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(trackingUrl);
			assertThat(page.locator("#track-reply")).containsText("井盖已补装");
			page.getByLabel("满意", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
			assertThat(page.locator("#rated")).containsText("感谢您的评价");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-4-rated-phone.png")));
		}

		// 6. the office closes it, and the figures count it
		try (BrowserContext office = desktop()) {
			Page page = signIn(office, "office-210802");
			page.navigate(url("/opinions/" + id));
			// 办结 asks once more before it closes the case
			page.locator("#confirm-close summary").click();
			page.locator("#action-CLOSE button[type=submit]").click();
			assertThat(page.locator("#case-status")).hasText("已办结");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-5-closed-timeline.png")));
			page.locator("#lx-nav").getByText("民情民意统计").click();
			page.locator("#figure-RESOLVED").click();
			assertThat(page.locator("#opinions tr[data-id='" + id + "']")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("opinion-6-resolved-cases.png")));
		}
		assertThat(this.jdbc.sql("select status || ' ' || result_class || ' ' || rating from opinion where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("CLOSED A SATISFIED");
	}

	private BrowserContext phone() {
		return newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	private BrowserContext desktop() {
		return newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
	}

	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, 320, 240);
		g.setColor(Color.BLACK);
		g.fillOval(100, 60, 120, 120);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

}
