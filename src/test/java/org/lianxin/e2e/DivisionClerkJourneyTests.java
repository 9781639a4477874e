package org.lianxin.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A district congress clerk's first morning with Lianxin, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DivisionClerkJourneyTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	org.lianxin.deputy.DeputyCodes codes;

	@org.springframework.beans.factory.annotation.Autowired
	org.lianxin.account.StaffAccounts accounts;

	@Test
	void a_division_clerk_signs_in_and_sees_only_their_divisions_agencies() {
		try (BrowserContext context = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("h1")).hasText("工作人员登录");
			page.getByLabel("用户名").fill("office-210802");
			page.getByLabel("密码").fill("Lianxin#2026");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
				.click();
			assertThat(page).hasURL(url("/console"));
			assertThat(page.locator("#lx-profile")).hasText("站前区人大常委会办公室");

			page.locator("#lx-nav")
				.getByText("承办单位", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
				.click();
			assertThat(page.locator("h1")).hasText("承办单位");
			var regions = page.locator("#agencies tbody tr").evaluateAll("rows => rows.map(r => r.dataset.region)");
			assertThat((java.util.List<?>) regions).isNotEmpty()
				.allSatisfy(region -> assertThat(String.valueOf(region)).startsWith("210802"));
			assertThat(page.locator("#agencies")).containsText("站前区住房和城乡建设局");
			assertThat(page.locator("#agencies")).not().containsText("西市区");
			assertThat(page.locator("#agency-chart canvas")).isVisible();
			shot(page, "division-clerk-agencies.png");
			// the filter updates the list in place (htmx) and keeps the address shareable
			page.locator("select[name=kind]").selectOption("COURT");
			assertThat(page.locator("#agency-total")).hasText("共 1 条");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*kind=COURT.*"));
			assertThat(page.locator("#agencies")).containsText("站前区人民法院");
			page.locator("select[name=kind]").selectOption("");
			assertThat(page.locator("#agency-total")).hasText("共 16 条");
		}
	}

	@Test
	void a_wrong_password_is_explained_on_a_phone() {
		try (BrowserContext context = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740).setIsMobile(true))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("用户名").fill("office-210803");
			page.getByLabel("密码").fill("not-the-password");
			page.locator("button[type=submit]").click();
			assertThat(page.locator("#login-error")).containsText("用户名或密码错误");
			assertThat(page.getByLabel("用户名")).hasValue("office-210803");
			page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("login-error-phone.png")));
		}
	}

	@Test
	void the_city_administrator_walks_the_region_tree_and_opens_the_account_pages() {
		try (BrowserContext context = newContext(
				new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signIn(page, "admin");
			page.locator("#lx-nav").getByText("行政区划").click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("营口市").setExact(true))
				.click();
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("站前区").setExact(true))
				.click();
			assertThat(page.locator("h1")).hasText("站前区");
			assertThat(page.locator("main")).containsText("站前区人民代表大会");
			assertThat(page.locator("#regions")).containsText("八田地街道");
			shot(page, "admin-region-zhanqian.png");

			page.locator("#lx-nav").getByText("人大代表").click();
			assertThat(page.locator("#deputies")).containsText("刘建华");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("刘建华"))
				.click();
			assertThat(page.locator("#deputy-phone")).hasText("139****0101");
			shot(page, "admin-deputy-card.png");

			page.locator("#lx-nav").getByText("用户").click();
			assertThat(page.locator("#users")).containsText("office-210802");
			page.getByText("新增用户").click();
			page.locator("#user-form button[type=submit]").click();
			assertThat(page.locator("#user-form .alert-danger")).hasText("提交的内容有误，请按提示修改");
			shot(page, "admin-new-user-rejected.png");

			page.locator("#lx-nav").getByText("操作日志").click();
			assertThat(page.locator("#operation-log")).containsText("account.login");
			shot(page, "admin-operation-log.png");

			page.navigate(url("/profile?lang=en"));
			assertThat(page.locator("h1")).hasText("My profile");
			shot(page, "admin-profile-english.png");
		}
	}

	@Test
	void a_citizen_scans_a_deputys_code_on_a_phone_and_reads_the_card() {
		long id = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		String code = this.codes.codeOf(this.accounts.findByUsername("admin").orElseThrow(), id);
		try (BrowserContext context = newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setJavaScriptEnabled(false))) {
			Page page = context.newPage();
			page.navigate(url("/d/" + code));
			assertThat(page.locator("#deputy-card h1")).hasText("王秀英");
			assertThat(page.locator("#deputy-seats")).containsText("站前区人民代表大会代表");
			assertThat(page.locator("#deputy-seats")).containsText("八田地街道代表小组");
			assertThat(page.locator("body")).not().containsText("0103");
			shot(page, "citizen-deputy-card-phone.png");
			// from the deputy to the place where people can meet them
			page.locator("#deputy-venues a").first().click();
			assertThat(page.locator("#venue-card h1")).hasText("站前区人大代表之家");
			assertThat(page.locator("#venue-reception")).containsText("每月20日（遇节假日顺延至下一个工作日）");
			assertThat(page.locator("#venue-reception li")).not().hasCount(0);
			assertThat(page.locator("#venue-deputies")).containsText("王秀英");
			shot(page, "citizen-venue-card-phone.png");
		}
	}

	@Test
	void a_division_clerk_prints_one_a4_poster_per_serving_deputy() throws Exception {
		try (BrowserContext context = newContext(new NewContextOptions().setLocale("zh-CN"))) {
			Page page = context.newPage();
			signIn(page, "office-210802");
			int serving = this.jdbc.sql("""
					select count(distinct m.deputy_id) from deputy_membership m join region r on r.code = m.region_code
					where m.ended_on is null and r.path like '/210800/210802/%'""").query(Integer.class).single();
			page.navigate(url("/deputies/posters?region=210802&size=A4"));
			assertThat(page.locator(".poster")).hasCount(serving);
			assertThat(page.locator(".poster").first().locator("svg")).isVisible();
			byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)
				.setPrintBackground(true)
				.setPath(Browser.SCREENSHOTS.resolve("posters-210802-a4.pdf")));
			long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
				.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
				.results()
				.count();
			org.assertj.core.api.Assertions.assertThat(pages).as("one A4 page per deputy").isEqualTo(serving);
			// the poster as the browser draws it scans like a phone would scan paper (no
			// hints about a clean image)
			byte[] drawn = page.locator(".poster").first().screenshot();
			String scanned = new com.google.zxing.MultiFormatReader()
				.decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
						new com.google.zxing.client.j2se.BufferedImageLuminanceSource(
								javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(drawn))))),
						java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
				.getText();
			org.assertj.core.api.Assertions.assertThat(scanned).matches("http://localhost:8080/d/[2-9A-Z]{8}");
			page.navigate(url(scanned.replace("http://localhost:8080", "")));
			assertThat(page.locator("#deputy-card h1")).isVisible();
			page.navigate(url("/deputies/posters?region=210802&size=A5"));
			page.setViewportSize(560, 800);
			shot(page, "posters-210802-a5-screen.png");
		}
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill("Lianxin#2026");
		page.locator("button[type=submit]").click();
		assertThat(page).hasURL(url("/console"));
	}

	private static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(name)).setFullPage(true));
	}

}
