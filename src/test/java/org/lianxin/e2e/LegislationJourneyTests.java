package org.lianxin.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.LegislativeSteps;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A resident scans an information point's QR code on a phone and comments on article 12;
 * the office merges it with a similar one, reports upward and records the adoption; the
 * resident's tracking page shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class LegislationJourneyTests extends BrowserTest {

	@Autowired
	LegislativeSteps steps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_residents_opinion_on_article_12_is_merged_reported_adopted_and_shown_on_their_tracking_page() {
		String title = "旅程：营口市城市绿化条例（草案）";
		CurrentUser office = Staff.load(this.accounts, "office-210803");
		long contactPoint = this.jdbc.sql("select id from venue where name = '西市区基层立法联系点'").query(Long.class).single();
		long infoPoint = this.jdbc.sql("select id from venue where parent_id = ? order by id limit 1")
			.param(contactPoint)
			.query(Long.class)
			.single();
		long id = this.steps.receive(office, contactPoint, "CITY", "营口市人大常委会法制工作委员会", title, null,
				this.calendar.today().plusDays(20));
		this.steps.publish(office, id, DRAFT);
		this.steps.giveOpinion(id, infoPoint, null, 12, "建议明确本条例的施行日期，给各方留出准备时间", "13704179012");
		String tracking;
		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740))) {
			Page page = phone.newPage();
			page.navigate(url("/v/" + this.venues.codeOf(infoPoint)));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("对法律法规草案提意见")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			page.getByLabel("针对条文").selectOption("12");
			page.getByLabel("意见和理由").fill("建议明确条例的施行日期，给各方留出准备的时间");
			page.getByLabel("手机号码").fill("13704179013");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交意见")).click();
			assertThat(page.locator("#tracked")).containsText("第 12 条");
			tracking = page.url();
		}
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 768))) {
			Page page = signIn(desk, "office-210803");
			page.navigate(url("/legislation/consultations/" + id));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束收集，进入整理归纳")).click();
			page.navigate(url("/legislation/consultations/" + id + "/opinions?article=12"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("合并这 2 条")).click();
			assertThat(page.locator("#merged")).containsText("2 人提出");
			page.navigate(url("/legislation/consultations/" + id));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送立法机关")).click();
			assertThat(page.locator("#consultation-stage")).hasText("已报送");
			page.locator("#merged-opinions select[name=outcome]").selectOption("ADOPTED");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录反馈")).click();
			assertThat(page.locator("#merged-opinions")).containsText("已采纳");
		}
		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740))) {
			Page page = phone.newPage();
			page.navigate(tracking);
			assertThat(page.locator("#tracked-outcome")).containsText("已采纳");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("legislation-tracking-adopted.png")));
		}
	}

	private static final String DRAFT = """
			第一章　总则
			第一条　为了加强城市绿化建设，制定本条例。
			第二条　本市城市规划区内的绿化规划、建设、保护和管理，适用本条例。
			第三条　市、县（市）区人民政府应当将城市绿化纳入国民经济和社会发展规划。
			第四条　城市绿化主管部门负责本行政区域内的城市绿化管理工作。
			第二章　规划与建设
			第五条　城市绿地系统规划应当与国土空间规划相衔接。
			第六条　新建居住区的绿地率应当符合国家和省规定的标准。
			第七条　城市绿化工程的设计应当委托具有相应资质的单位承担。
			第八条　鼓励单位和个人以认建、认养等方式参与城市绿化。
			第三章　保护与管理
			第九条　任何单位和个人不得擅自占用城市绿地。
			第十条　禁止擅自砍伐、移植城市树木。
			第十一条　违反本条例规定的，由城市绿化主管部门责令改正。
			第十二条　本条例自2027年1月1日起施行。""";

}
