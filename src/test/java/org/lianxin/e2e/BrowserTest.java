package org.lianxin.e2e;

import java.nio.file.Files;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.lianxin.Staff;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a random port and one Chromium for a test class; subclasses open
 * contexts (a phone, a desktop) as their journey needs through {@link #newContext}, so
 * that axe checks every page they load; a test fails on any serious or critical
 * accessibility violation.
 */
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Playwright playwright;

	com.microsoft.playwright.Browser browser;

	final Axe axe = new Axe();

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.requireChromium();
		Files.createDirectories(Browser.SCREENSHOTS);
		this.playwright = Playwright.create();
		this.browser = Browser.launch(this.playwright);
	}

	/**
	 * A browser context whose pages are all checked by axe.
	 */
	BrowserContext newContext(NewContextOptions options) {
		BrowserContext context = this.browser.newContext(options);
		if (Boolean.FALSE.equals(options.javaScriptEnabled)) {
			NewContextOptions twin = options.setJavaScriptEnabled(true);
			this.axe.watchThrough(context, () -> this.browser.newContext(twin));
		}
		else {
			this.axe.watch(context);
		}
		return context;
	}

	@AfterEach
	void noAccessibilityViolations() {
		assertThat(this.axe.drain()).as("serious or critical axe violations (WCAG 2 A/AA)").isEmpty();
	}

	@AfterAll
	void stopBrowser() {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A new page of the context, signed in through the login form as a demo user. */
	Page signIn(BrowserContext context, String username) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(Staff.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
		PlaywrightAssertions.assertThat(page).hasURL(url("/console"));
		return page;
	}

}
