package org.lianxin.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A deputy records a duty with a photo on a phone; the office verifies it; the day's 三表一报
 * counts it; the deputy finds it on their month calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class DutyJourneyTests extends BrowserTest {

	@Test
	void a_deputys_record_is_verified_and_counted_in_the_daily_report() throws Exception {
		String title = "旅程：到八田地街道走访独居老人";
		try (BrowserContext phone = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740).setIsMobile(true))) {
			Page page = signIn(phone, "deputy-demo");
			page.navigate(url("/duty/mine"));
			page.locator("a[href='/duty/records/new']").first().click();
			page.getByLabel("类型").selectOption("CONTACTING_VOTERS");
			page.getByLabel("标题").fill(title);
			page.getByLabel("地点（可不填）").fill("八田地街道某社区");
			page.getByLabel("照片或 PDF 文件（最多 4 个）").setInputFiles(new FilePayload("visit.png", "image/png", photo()));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("duty-1-record-phone.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
			assertThat(page.locator("#my-records")).containsText(title);
			assertThat(page.locator("#my-records")).containsText("待审核");
		}
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			// the group's liaison verifies it, and reads the group's 三表一报
			Page page = signIn(desk, "liaison-demo");
			page.navigate(url("/duty/records"));
			// the state filter applies itself when changed (a listener in app.js, no
			// inline
			// handler)
			page.getByLabel("状态").selectOption("SUBMITTED");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/duty/records\\?state=SUBMITTED$"));
			var row = page.locator("#duty-records tr", new Page.LocatorOptions().setHasText(title));
			// the liaison sees the photo before deciding
			var evidence = page.request().get(url(row.getByText("证据1").getAttribute("href")));
			org.assertj.core.api.Assertions.assertThat(evidence.status()).isEqualTo(200);
			org.assertj.core.api.Assertions.assertThat(evidence.headers().get("content-type")).isEqualTo("image/jpeg");
			row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("通过"))
				.click();
			page.navigate(url("/duty/daily-report"));
			var line = page.locator("#daily-report tr", new Page.LocatorOptions().setHasText("王秀英"));
			assertThat(line.locator("td").nth(2)).not().hasText("0");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("duty-2-daily-report.png")));
		}
		try (BrowserContext phone = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740).setIsMobile(true))) {
			Page page = signIn(phone, "deputy-demo");
			page.navigate(url("/duty/mine"));
			assertThat(page.locator("#my-records li", new Page.LocatorOptions().setHasText(title))).containsText("已审核");
			// today on the month calendar: tapping it lists the day's records below
			page.locator("#my-calendar td.lx-today a").click();
			assertThat(page.locator("#day-records")).containsText(title);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("duty-3-my-duties-calendar.png")));
		}
	}

	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 200, 150);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

}
