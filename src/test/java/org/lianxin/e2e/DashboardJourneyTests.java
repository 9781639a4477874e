package org.lianxin.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office of 老边 opens its dashboard, clicks the bar of the suggestions received and
 * lands on those suggestions; then puts the dashboard on the wall screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class DashboardJourneyTests extends BrowserTest {

	/**
	 * Where the middle of a chart's first bar is drawn, from the chart's own geometry.
	 */
	static final String FIRST_BAR = """
			element => {
			  const chart = echarts.getInstanceByDom(element);
			  const value = chart.getOption().series[0].data[0];
			  const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [0, value / 2]);
			  const box = element.getBoundingClientRect();
			  return [box.left + x, box.top + y];
			}""";

	@Test
	void the_office_opens_its_dashboard_and_clicks_a_bar_to_reach_the_records() {
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900))) {
			Page page = signIn(desk, "office-210811");
			page.locator("#lx-nav").getByText("驾驶舱").click();
			assertThat(page.locator("main h2")).containsText("老边区");
			var stages = page.locator("#chart-suggestion-stages .dashboard-chart");
			stages.scrollIntoViewIfNeeded();
			assertThat(stages.locator("canvas")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("dashboard-office.png")));

			java.util.List<?> point = (java.util.List<?>) stages.evaluate(FIRST_BAR);
			page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
			assertThat(page)
				.hasURL(java.util.regex.Pattern.compile(".*/suggestions\\?figure=RECEIVED&region=210811.*"));

			page.navigate(url("/statistics/dashboard"));
			page.locator("#dashboard-wall-link").click();
			assertThat(page.locator("body")).hasClass("lx-wall");
			assertThat(page.locator("#chart-opinion-months canvas")).isVisible();
			assertThat(page.locator("#wall-refreshed")).not().isEmpty();
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("dashboard-wall.png")));
		}
	}

}
