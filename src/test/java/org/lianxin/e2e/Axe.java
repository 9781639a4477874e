package org.lianxin.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/**
 * axe-core (src/test/resources/axe, MPL 2.0) in every page a journey opens: injected
 * before the page's own scripts (an init script, so a strict Content-Security-Policy does
 * not stop it) and run on each load with the WCAG 2 A/AA rules. Serious and critical
 * violations are collected with the page's address and reported when the test ends.
 */
final class Axe {

	private static final String SOURCE = load();

	private static final String RUN = """
			async () => {
			  if (document.contentType !== 'text/html') return [];
			  if (!window.axe) return ['axe is not in the page: nothing was checked'];
			  const result = await window.axe.run(document, {
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
			}
			""";

	private final List<String> violations = new CopyOnWriteArrayList<>();

	/**
	 * Checks every page opened in the context from now on.
	 */
	void watch(BrowserContext context) {
		context.addInitScript(SOURCE);
		context.onPage((page) -> page.onLoad(this::check));
	}

	/**
	 * Checks every page opened in a context without JavaScript, where axe cannot run:
	 * each address it loads is opened again in a twin context that has script (same
	 * viewport and language) and checked there; the HTML is the same.
	 */
	void watchThrough(BrowserContext withoutScript, Supplier<BrowserContext> twin) {
		withoutScript.onPage((page) -> page.onLoad((loaded) -> {
			try (BrowserContext context = twin.get()) {
				context.addInitScript(SOURCE);
				Page again = context.newPage();
				again.navigate(loaded.url());
				check(again);
			}
		}));
	}

	/**
	 * Checks the page as it is now (after a change that did not load a new page).
	 */
	void check(Page page) {
		String url = page.url();
		try {
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) page.evaluate(RUN);
			found.forEach((violation) -> this.violations.add(url + " — " + violation));
		}
		catch (PlaywrightException ex) {
			// the journey moved on before axe finished: the next page is checked in turn
			if (!String.valueOf(ex.getMessage()).contains("context was destroyed")
					&& !String.valueOf(ex.getMessage()).contains("closed")) {
				this.violations.add(url + " — axe could not run: " + ex.getMessage());
			}
		}
	}

	/**
	 * The violations found since the last call, forgotten once returned.
	 */
	List<String> drain() {
		List<String> found = List.copyOf(this.violations);
		this.violations.clear();
		return found;
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe", ex);
		}
	}

}
