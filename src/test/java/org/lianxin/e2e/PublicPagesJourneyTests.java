package org.lianxin.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a citizen opens without signing in, on a 360 px phone and a 1366 px laptop:
 * the directory of stations and the opinion form, empty and with its errors shown. axe
 * checks each as it loads ({@link BrowserTest}); nothing is wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class PublicPagesJourneyTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(ints = { 360, 1366 })
	void the_directory_and_the_opinion_form_are_accessible_at_this_width(int width) {
		try (BrowserContext context = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(width, (width < 600) ? 740 : 768))) {
			Page page = context.newPage();
			page.navigate(url("/directory"));
			assertThat(page.locator("h1")).isVisible();
			assertAxeRanAndNothingOverflows(page);

			page.navigate(url("/opinion/new"));
			assertAxeRanAndNothingOverflows(page);
			// sent empty: the browser's own checks are skipped so the server's messages
			// show
			page.evaluate("() => document.getElementById('opinion-form').noValidate = true");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
			assertThat(page.locator(".invalid-feedback").first()).isVisible();
			assertAxeRanAndNothingOverflows(page);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("public-opinion-form-errors-" + width + ".png")));
		}
	}

	private void assertAxeRanAndNothingOverflows(Page page) {
		assertThat(page.evaluate("() => typeof window.axe")).as("axe is in the page").isEqualTo("object");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing wider than the screen at " + page.url())
			.isTrue();
	}

}
