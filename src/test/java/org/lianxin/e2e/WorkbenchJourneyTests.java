package org.lianxin.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's first steps: an office opens its workbench, follows a count and sees that
 * many rows; a deputy reads their workbench on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class WorkbenchJourneyTests extends BrowserTest {

	@Test
	void an_office_follows_a_count_of_its_workbench_to_that_many_rows() {
		try (BrowserContext desktop = newContext(new NewContextOptions().setLocale("zh-CN"))) {
			Page page = signIn(desktop, "office-210802");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("workbench-office.png")));
			Locator waiting = null;
			int count = 0;
			for (Locator item : page.locator("[data-workbench-key]").all()) {
				int number = Integer.parseInt(item.locator(".workbench-number").innerText().trim());
				// one page of a list, whichever count the demo data fills first
				if (number > 0 && number <= 50) {
					waiting = item;
					count = number;
					break;
				}
			}
			assertThat(count).as("a count of the office's workbench above zero").isPositive();
			String href = waiting.getAttribute("href");
			waiting.click();
			assertThat(page).hasURL(url(href));
			assertThat(page.locator("[data-id]")).hasCount(count);
		}
	}

	@Test
	void a_deputy_reads_the_workbench_on_a_phone() {
		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = signIn(phone, "deputy-demo");
			Locator toRate = page.locator("[data-workbench-key='suggestion.to-rate']");
			assertThat(toRate).isVisible();
			assertThat(toRate.boundingBox().width).as("a count fills the phone's width").isGreaterThan(300);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("workbench-deputy-phone.png")));
		}
	}

}
