package org.lianxin.e2e;

import java.nio.file.Files;

import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and one Chromium for a test class; subclasses open
 * contexts (a phone, a desktop) as their journey needs.
 */
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@LocalServerPort
	int port;

	Playwright playwright;

	com.microsoft.playwright.Browser browser;

	@BeforeAll
	void startBrowser() throws Exception {
		Browser.requireChromium();
		Files.createDirectories(Browser.SCREENSHOTS);
		this.playwright = Playwright.create();
		this.browser = Browser.launch(this.playwright);
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

}
