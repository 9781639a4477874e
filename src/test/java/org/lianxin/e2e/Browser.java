package org.lianxin.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright. Without a browser the end-to-end tests are
 * skipped with a clear message on a developer's machine ({@link RequiresChromium}), but
 * fail on CI, where a missing browser is a broken setup, not a reason to test less.
 */
final class Browser {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LIANXIN_CHROMIUM", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	private Browser() {
	}

	/**
	 * Fails where {@link RequiresChromium} let a test through without a browser: on CI.
	 */
	static void requireChromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("No Chromium at " + CHROMIUM
					+ ": install it with 'apt-get install -y chromium fonts-noto-cjk' (CI=true: end-to-end tests must run)");
		}
	}

	static com.microsoft.playwright.Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				// this machine has no network beyond loopback: keep Chromium from calling
				// home
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

}
