package org.lianxin.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.lianxin.Photos;
import org.lianxin.UploadServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a phone attaches a photo straight from the camera: a 25 MB one goes
 * through; a 60 MB one is refused in the browser, beside the field, before anything is
 * sent, and what they typed is still there.
 */
@UploadServerTest
class PhotoUploadJourneyTests extends BrowserTest {

	private static final Path PHOTOS = Path.of("target", "e2e-photos");

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_citizen_is_told_at_once_that_a_60_mb_photo_is_too_large_and_a_25_mb_one_goes_through() throws Exception {
		Path huge = photo("IMG_6000.jpg", 60);
		Path large = photo("IMG_2500.jpg", 25);
		String description = "照片测试：人民桥下路灯一整排都不亮，晚上看不见路";
		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = phone.newPage();
			page.navigate(url("/opinion/new"));
			page.getByLabel("问题分类").selectOption("URBAN_CONSTRUCTION");
			page.getByLabel("问题描述").fill(description);
			page.getByLabel("所在区县、乡镇街道").selectOption("210802001");
			page.getByLabel("手机号码").fill("13904176060");
			page.getByLabel("照片（可不传，最多 4 张）").setInputFiles(huge);

			assertThat(page.locator("#photos-upload-problem")).hasText("照片太大（最大 30 MB），请在手机上选择较小的照片或压缩后重新上传");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
			// still the form, everything typed still in it, nothing sent
			assertThat(page).hasURL(url("/opinion/new"));
			assertThat(page.getByLabel("问题描述")).hasValue(description);
			assertThat(page.getByLabel("手机号码")).hasValue("13904176060");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("upload-1-photo-too-large-phone.png")));
			assertThat(submitted(description)).isZero();

			page.getByLabel("照片（可不传，最多 4 张）").setInputFiles(large);
			assertThat(page.locator("#photos-upload-problem")).isEmpty();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();
			assertThat(page.locator("#submitted")).containsText("已收到您反映的问题");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("upload-2-photo-accepted-phone.png")));
		}
		assertThat(submitted(description)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from opinion_file f join opinion o on o.id = f.opinion_id where o.description = ?""")
			.param(description)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long submitted(String description) {
		return this.jdbc.sql("select count(*) from opinion where description = ?")
			.param(description)
			.query(Long.class)
			.single();
	}

	/**
	 * A real JPEG as large as a phone's, written to disk: Playwright sends big files by
	 * path.
	 */
	private static Path photo(String name, int megabytes) throws Exception {
		Files.createDirectories(PHOTOS);
		Path file = PHOTOS.resolve(name);
		Files.write(file, Photos.paddedTo(Photos.jpeg(1600, 1200), megabytes * 1024 * 1024));
		return file;
	}

}
