package org.lianxin.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.lianxin.Staff;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On phones: a deputy files a suggestion with a co-signer, who confirms; the office
 * registers and assigns it; the agency replies B with one promised item; both deputies
 * rate; the promised item falls due, the agency reports it done from the 督办台 and the
 * deputy confirms; the office closes it and the figures count it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class SuggestionJourneyTests extends BrowserTest {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputies;

	@Autowired
	Supervision supervision;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_suggestion_with_a_co_signer_goes_from_the_phone_to_closed_with_its_promise_kept_and_counted() {
		long congress = this.jdbc.sql("select id from congress_view where region_code = '210802'")
			.query(Long.class)
			.single();
		long coSigner = coSignerAccount("deputy-journey-cosigner");
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();
		LocalDate due = this.calendar.today().plusDays(10);
		int closedBefore = closedOf(congress);

		long id;
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "deputy-demo");
			page.navigate(url("/suggestions/new"));
			page.getByLabel("标题").fill("旅程：关于在站前区增设公交候车亭的建议");
			page.getByLabel("建议内容").fill("站前区多个公交站点没有候车亭，雨雪天候车困难，建议分批增设。");
			page.getByLabel("类别").selectOption("URBAN");
			String coSignerName = this.jdbc.sql("select name from deputy_view where id = ?")
				.param(coSigner)
				.query(String.class)
				.single();
			page.getByLabel("输入代表姓名查找").fill(coSignerName);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找")).click();
			page.locator("#co-signer-" + coSigner).check();
			shot(page, "suggestion-1-filing");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提出建议")).click();
			assertThat(page.locator("#suggestion-status")).hasText("已提出");
			id = Long.parseLong(page.url().replaceAll(".*/suggestions/(\\d+).*", "$1"));
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "deputy-journey-cosigner");
			step(page, id, "CO_SIGN", form -> {
			});
			assertThat(page.locator("#suggestion-timeline")).containsText("附议");
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "office-210802");
			step(page, id, "REGISTER", form -> {
			});
			assertThat(page.locator("#suggestion-status")).hasText("已立案");
			step(page, id, "ASSIGN", form -> form.locator("#lead-ASSIGN").selectOption(String.valueOf(agency)));
			assertThat(page.locator("#suggestion-status")).hasText("已交办");
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "agency-210802");
			step(page, id, "SIGN", form -> {
			});
			step(page, id, "CONTACT", form -> {
				form.locator("select[name=mode]").selectOption("PHONE");
				form.locator("#text-CONTACT").fill("电话联系领衔代表，商定先建三处");
			});
			step(page, id, "REPLY", form -> {
				form.locator("#result-B").check();
				form.locator("#signatory").fill("王局长");
				form.locator("input[name=itemText]").first().fill("建成三处公交候车亭");
				form.locator("input[name=itemDue]").first().fill(due.toString());
				form.locator("#text-REPLY").fill("已列入今年城建计划，分批实施。");
			});
			assertThat(page.locator("#reply-items")).containsText("建成三处公交候车亭");
			shot(page, "suggestion-2-reply-b");
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "office-210802");
			step(page, id, "REVIEW", form -> {
			});
			assertThat(page.locator("#suggestion-status")).hasText("待代表评价");
		}
		for (String deputy : new String[] { "deputy-demo", "deputy-journey-cosigner" }) {
			try (BrowserContext phone = phone()) {
				Page page = signIn(phone, deputy);
				step(page, id, "RATE", form -> {
					form.locator("#handling").selectOption("SATISFIED");
					form.locator("#result").selectOption("BASICALLY_SATISFIED");
				});
				assertThat(page.locator("#suggestion-timeline")).containsText("办理结果：基本满意");
			}
		}

		// the day the promised item falls due: the watch reminds the agency on its 督办台
		assertThat(this.supervision.run(due, "PROMISE").reminders()).isPositive();
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "agency-210802");
			page.navigate(url("/supervision"));
			page.locator("a[href='/suggestions/" + id + "']").first().click();
			Locator promise = page.locator("#suggestion-promises [data-promise]");
			promise.locator("input[name=text]").fill("三处候车亭已建成投用");
			promise.locator("select[name=done]").selectOption("true");
			promise.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("报告承诺事项")).click();
			assertThat(page.locator("#suggestion-promises")).containsText("已报告完成");
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "deputy-demo");
			page.navigate(url("/suggestions/" + id));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认已兑现")).click();
			assertThat(page.locator("#suggestion-promises")).containsText("已兑现");
		}
		try (BrowserContext phone = phone()) {
			Page page = signIn(phone, "office-210802");
			step(page, id, "CLOSE", form -> {
			});
			assertThat(page.locator("#suggestion-status")).hasText("已办结");
			shot(page, "suggestion-3-closed");
			page.navigate(url("/suggestions/stats?congress=" + congress));
			assertThat(page.locator("#figure-CLOSED .fs-3")).hasText(String.valueOf(closedBefore + 1));
			shot(page, "suggestion-4-figures");
			page.locator("#figure-CLOSED").click();
			assertThat(page.getByText("旅程：关于在站前区增设公交候车亭的建议")).isVisible();
		}
	}

	/** Opens the suggestion, fills the form of one step and sends it. */
	private void step(Page page, long id, String action, java.util.function.Consumer<Locator> fill) {
		page.navigate(url("/suggestions/" + id));
		Locator details = page.locator("#action-" + action);
		if (details.getAttribute("open") == null) {
			details.locator("summary").click();
		}
		Locator form = details.locator("form");
		fill.accept(form);
		form.locator("button[type=submit]").click();
		assertThat(page.locator("#suggestion-problem")).hasCount(0);
	}

	/** A second deputy of deputy-demo's congress, with an account of their own. */
	private long coSignerAccount(String username) {
		this.accounts.createIfAbsent(
				new NewStaffUser(username, "附议代表（旅程）", "210802", null, DataScopeKind.OWN_RECORDS, Set.of("DEPUTY")),
				Staff.DEMO_PASSWORD, true);
		long user = Staff.load(this.accounts, username).id();
		return this.deputies.deputyOf(user).orElseGet(() -> {
			long deputy = this.jdbc.sql("""
					select m.deputy_id from deputy_seat_view m
					where m.region_code = '210802' and m.ended_on is null
					  and m.deputy_id not in (select deputy_id from deputy_account_view)
					order by m.deputy_id desc limit 1""").query(Long.class).single();
			this.deputies.link(user, deputy);
			return deputy;
		});
	}

	private int closedOf(long congress) {
		return this.jdbc.sql("select count(*) from suggestion where congress_id = ? and status = 'CLOSED'")
			.param(congress)
			.query(Integer.class)
			.single();
	}

	private BrowserContext phone() {
		return newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(360, 740).setIsMobile(true));
	}

	private static void shot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setFullPage(true).setPath(Browser.SCREENSHOTS.resolve(name + ".png")));
	}

}
