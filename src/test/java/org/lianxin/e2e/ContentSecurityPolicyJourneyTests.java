package org.lianxin.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.lianxin.Staff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a citizen and the staff open, in Chromium with the Content-Security-Policy
 * on: nothing they need is blocked (no violation reported by the page, none on the
 * console), and their scripts still work (the location button, the echarts chart).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class ContentSecurityPolicyJourneyTests extends BrowserTest {

	private static final String[] CITIZEN_PAGES = { "/", "/opinion/new", "/track", "/directory", "/login" };

	private static final String[] STAFF_PAGES = { "/console", "/opinions", "/agencies", "/duty", "/deputies", "/venues",
			"/admin/users", "/swagger-ui.html" };

	@Test
	void no_page_a_citizen_or_an_administrator_opens_violates_the_policy() {
		List<String> violations = new CopyOnWriteArrayList<>();
		try (BrowserContext context = this.browser
			.newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
					+ "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
			context.onConsoleMessage(message -> {
				if (message.text().contains("CSP violation") || message.text().contains("Content Security Policy")) {
					violations.add(message.location() + ": " + message.text());
				}
			});
			Page page = context.newPage();
			for (String path : CITIZEN_PAGES) {
				visit(page, path);
			}
			// the opinion form's own script ran: the location button is shown
			visit(page, "/opinion/new");
			assertThat(page.locator("#locate").isVisible()).isTrue();
			page.navigate(url("/login"));
			page.getByLabel("用户名").fill("admin");
			page.getByLabel("密码").fill(Staff.DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
			page.waitForURL(url("/console"));
			for (String path : STAFF_PAGES) {
				visit(page, path);
			}
		}
		assertThat(violations).isEmpty();
	}

	private void visit(Page page, String path) {
		page.navigate(url(path));
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

}
