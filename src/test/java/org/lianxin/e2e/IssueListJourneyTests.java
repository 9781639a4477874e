package org.lianxin.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.lianxin.Photos;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.oversight.internal.SiteKind;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey: a deputy on an inspection records a finding with a photo on a
 * phone; the responsible unit reports its rectification; the office checks it on site and
 * closes it (销号); the follow-up visit (回头看) then falls due and the watch says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class IssueListJourneyTests extends BrowserTest {

	@Autowired
	OversightActivities activities;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	Supervision supervision;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_deputys_finding_is_rectified_checked_closed_and_its_follow_up_falls_due() throws Exception {
		LocalDate today = this.calendar.today();
		long activity = inspectionWithTheDemoDeputy(today);
		String finding = "旅程：某商场消防通道被货物堵塞";
		String unitName = this.jdbc.sql("""
				select g.name from agency_view g join staff_user_view u on u.agency_id = g.id
				where u.username = 'agency-210802'""").query(String.class).single();
		try (BrowserContext phone = newContext(new NewContextOptions().setLocale("zh-CN")
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = signIn(phone, "deputy-demo");
			page.navigate(url("/oversight/mine"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("旅程：商场消防安全视察")).click();
			page.getByLabel("地点").fill("站前区某商场");
			page.getByLabel("问题描述").fill(finding);
			page.getByLabel("照片（最多4张）")
				.setInputFiles(new FilePayload("passage.jpg", "image/jpeg", Photos.jpeg(320, 240)));
			page.getByLabel("责任单位")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(unitName));
			page.getByLabel("整改要求").fill("立即清理消防通道，建立每日巡查");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("issue-1-deputy-finding-phone.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交问题")).click();
			assertThat(page.locator("#my-findings")).containsText(finding);
			assertThat(page.locator("#my-findings")).containsText("整改中");
		}
		long item = this.jdbc.sql("select id from oversight_issue_item where description = ?")
			.param(finding)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from oversight_issue_file where item_id = ?")
			.param(item)
			.query(Long.class)
			.single()).isOne();
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = signIn(desk, "agency-210802");
			page.navigate(url("/oversight/items/" + item));
			page.getByLabel("整改情况说明").fill("已清理通道并安排专人每日巡查");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送整改情况")).click();
			assertThat(page.locator("#item-state")).hasText("待复查");
		}
		LocalDate followUpDue;
		try (BrowserContext desk = newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
			Page page = signIn(desk, "office-210802");
			page.navigate(url("/oversight/items/" + item));
			// the finding's photo is there for the check
			assertThat(page.request().get(url("/oversight/items/" + item + "/photos/1")).status()).isEqualTo(200);
			page.getByLabel("复查方式").selectOption("ON_SITE");
			page.getByLabel("复查意见").fill("实地查看，通道已畅通");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复查通过，销号")).click();
			assertThat(page.locator("#item-state")).hasText("已销号");
			followUpDue = LocalDate.parse(page.locator("#item-clock").innerText().strip());
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Browser.SCREENSHOTS.resolve("issue-2-closed-follow-up-due.png")));
		}
		assertThat(followUpDue).isAfter(today);
		// nothing was watched on the item while the unit and the office kept their
		// deadlines; the follow-up visit's day brings the office a reminder, and a visit
		// not made brings 督办
		assertThat(notices(item)).isEmpty();
		this.supervision.run(followUpDue, "ISSUE_ITEM");
		assertThat(notices(item)).containsExactly("REMINDER");
		this.supervision.run(this.calendar.plusWorkingDays(followUpDue, 2), "ISSUE_ITEM");
		assertThat(notices(item)).containsExactly("REMINDER", "SUPERVISION");
	}

	private List<String> notices(long item) {
		return this.jdbc
			.sql("select kind from supervision_notice where subject = 'ISSUE_ITEM' and subject_id = ? order by id")
			.param(item)
			.query(String.class)
			.list();
	}

	/** An inspection under way in 站前区 with the demo deputy among those taking part. */
	private long inspectionWithTheDemoDeputy(LocalDate today) {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long deputy = this.jdbc.sql("""
				select a.deputy_id from deputy_account_view a join staff_user_view u on u.id = a.user_id
				where u.username = 'deputy-demo'""").query(Long.class).single();
		long id = this.activities.plan(office,
				new NewActivity(ActivityKind.INSPECTION, "旅程：商场消防安全视察", "站前区人大常委会", null, null, today,
						today.plusDays(3), null, Set.of(InspectionMethod.SURPRISE),
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		this.activities.visit(office, id, new NewVisit(today, "站前区某商场", SiteKind.SUPERMARKET, true, null));
		return id;
	}

}
