package org.lianxin.e2e;

import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.Test;

import org.lianxin.Photos;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.project.SupervisedProjects;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.project.internal.SupervisionGroups;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyFixtures;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supervision-group deputy records a site visit on a phone, with the phone's position
 * and a photo; the project shows it; the office issues a 督办 to the lead agency; the
 * agency answers it. The office names the opinion a candidate came from, and the two
 * pages link each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class ProjectSupervisionJourneyTests extends BrowserTest {

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SupervisionGroups groups;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_group_deputy_records_a_visit_the_office_issues_a_duban_and_the_agency_answers() {
		SupervisedProjects fixtures = new SupervisedProjects(this.projects, this.votes, this.surveys, this.accounts,
				this.regions, this.calendar, this.jdbc);
		long id = fixtures.chosen(2090, "旅程：农村公路维修改造");
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("旅程", 1);
		this.groups.assign(fixtures.office(), id, group.deputyIds());
		String place = "柳树镇K3+200路段";

		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true)
			.setPermissions(List.of("geolocation"))
			.setGeolocation(new Geolocation(40.68321, 122.16654)))) {
			Page page = signIn(phone, group.deputies().get(0).username());
			page.navigate(url("/projects/mine"));
			page.locator("#my-projects li", new Page.LocatorOptions().setHasText("旅程：农村公路维修改造"))
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("记录实地察看"))
				.click();
			page.getByLabel("察看地点").fill(place);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("使用我的位置")).click();
			assertThat(page.getByLabel("纬度")).hasValue("40.683210");
			page.getByLabel("问题 1").fill("路基何时完成？");
			page.getByLabel("答复 1").fill("九月底前完成");
			page.getByLabel("现场照片（最多 4 张）")
				.setInputFiles(new FilePayload("site.jpg", "image/jpeg", Photos.jpeg(1200, 900)));
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("project-1-site-visit-phone.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交")).click();

			assertThat(page.locator("#visits")).containsText(place);
			assertThat(page.locator("#visits")).containsText("问：路基何时完成？");
			assertThat(page.locator("#visits")).containsText("北纬 40.683210");
			assertThat(page.locator("#visits img")).hasCount(1);
		}
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = signIn(desk, "office-210811");
			page.navigate(url("/projects/" + id));
			page.locator("#supervision-link").click();
			assertThat(page.locator("#visits")).containsText(place);
			page.getByLabel("督办事项").fill("路基进度滞后，请说明原因并提出赶工措施");
			page.getByLabel("答复期限").fill(this.calendar.today().plusDays(7).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发出督办")).click();
			assertThat(page.locator("#dubans")).containsText("待答复");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("project-2-duban-issued.png")));
		}
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = signIn(desk, "agency-210811");
			page.navigate(url("/projects/" + id + "/supervision"));
			page.getByLabel("答复").fill("已增加施工班组，九月底前完成路基");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答复")).click();
			assertThat(page.locator("#dubans")).containsText("已答复");
			assertThat(page.locator("#dubans")).containsText("已增加施工班组，九月底前完成路基");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("project-3-duban-answered.png")));
		}
	}

	@Test
	void the_office_names_the_opinion_a_candidate_came_from_and_the_two_pages_link_each_other() {
		String code = this.jdbc
			.sql("select tracking_code from opinion where region_code like '210811%' order by id desc limit 1")
			.query(String.class)
			.single();
		String elsewhere = this.jdbc
			.sql("select tracking_code from opinion where region_code like '210881%' order by id limit 1")
			.query(String.class)
			.single();
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = signIn(desk, "office-210811");
			page.navigate(url("/projects"));
			candidate(page, elsewhere);
			assertThat(page.locator("body")).containsText("群众意见编号“" + elsewhere + "”不存在，或不在本单位的范围内");
			candidate(page, code);
			assertThat(page.locator("#sources")).containsText(code);
			assertThat(page.locator("#sources")).containsText("第1次会议第5号");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("project-4-candidate-sources.png")));

			page.locator("#sources")
				.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(code))
				.click();
			assertThat(page.locator("#case-backlinks")).containsText("已归集为民生实事候选项目");
			page.locator("#case-backlinks").getByRole(AriaRole.LINK).click();
			assertThat(page.locator("h1")).containsText("旅程：老旧小区路灯改造");
		}
	}

	/**
	 * Fills in the candidate form, naming an opinion and a suggestion, and submits it.
	 */
	private void candidate(Page page, String opinion) {
		Locator form = page.locator("#candidate-form");
		form.locator("#congressId").selectOption(String.valueOf(this.regions.congressesOf("210811").get(0).id()));
		form.locator("#year").fill("2091");
		form.locator("#title").fill("旅程：老旧小区路灯改造");
		form.locator("#budget").fill("120");
		form.locator("#startsOn").fill("2091-03-01");
		form.locator("#dueOn").fill("2091-10-31");
		form.locator("#targets").fill("路灯改造 300 盏");
		form.getByLabel("来源群众意见编号").fill(opinion);
		form.getByLabel("来源代表建议编号").fill("第1次会议第5号");
		form.locator("button[type=submit]").click();
	}

}
