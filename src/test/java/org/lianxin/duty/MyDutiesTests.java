package org.lianxin.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.DeputyCases;
import org.lianxin.duty.internal.CountedRecord;
import org.lianxin.duty.internal.Evaluations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My duties" on a deputy's phone: the month calendar, the cases that came through the
 * deputy, the records behind the score. Records of June 2025, a month no other test
 * writes in.
 */
@LianxinTest
class MyDutiesTests {

	@Autowired
	MockMvc mvc;

	/**
	 * The deployment's clock: "today" is Beijing's, which is not the JVM's near midnight.
	 */
	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	DeputyCases deputyCases;

	@Test
	void the_calendar_counts_the_deputys_own_records_on_their_days() throws Exception {
		record("MEETING", "2025-06-03", "日历：出席常委会会议");
		record("INSPECTION", "2025-06-03", "日历：视察老旧小区改造");
		verify(record("TRAINING", "2025-06-10", "日历：代表履职培训"));
		someoneElsesRecord("2025-06-03", "日历：别的代表的会议");
		someoneElsesRecord("2025-06-17", "日历：别的代表的视察");

		String page = page("/duty/mine?month=2025-06");
		assertThat(badge(page, "2025-06-03")).isEqualTo("text-bg-secondary\">2");
		assertThat(badge(page, "2025-06-10")).isEqualTo("text-bg-success\">1");
		assertThat(badge(page, "2025-06-17")).isNull();
		assertThat(page).doesNotContain("日历：别的代表");
	}

	@Test
	void a_tapped_day_lists_its_records_below_the_calendar() throws Exception {
		record("GROUP_ACTIVITY", "2025-06-24", "日历：代表小组活动");
		someoneElsesRecord("2025-06-24", "日历：别的代表的小组活动");

		this.mvc.perform(as("deputy-demo", get("/duty/mine").param("month", "2025-06").param("day", "2025-06-24")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"day-records\"")))
			.andExpect(content().string(containsString("2025-06-24 的履职")))
			.andExpect(content().string(containsString("日历：代表小组活动")))
			.andExpect(content().string(not(containsString("日历：别的代表的小组活动"))));
		this.mvc.perform(as("deputy-demo", get("/duty/mine").param("month", "2025-06")))
			.andExpect(content().string(not(containsString("id=\"day-records\""))));
	}

	@Test
	void the_calendar_has_whole_weeks_from_monday_and_links_to_the_months_around() throws Exception {
		// 1 June 2025 is a Sunday, 30 June a Monday
		String page = page("/duty/mine?month=2025-06");
		assertThat(page).contains("2025年6月", "周一", "周日", "month=2025-05", "month=2025-07");
		List<String> days = Pattern.compile("data-day=\"([0-9-]+)\"")
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(days).hasSize(42).startsWith("2025-05-26").endsWith("2025-07-06");
		assertThat(cell(page, "2025-05-31")).contains("lx-out");
		assertThat(cell(page, "2025-06-01")).doesNotContain("lx-out");

		assertThat(page("/duty/mine")).contains("data-day=\"" + LocalDate.now(this.clock) + "\"");
		assertThat(page("/duty/mine?month=2025-05")).contains("2025年5月", "month=2025-04");
	}

	@Test
	void a_month_or_day_that_is_not_one_gets_a_message_and_this_month() throws Exception {
		String thisMonth = "data-day=\"" + YearMonth.now(this.clock).atDay(15) + "\"";
		for (String month : new String[] { "2025-13", "abc", "+999999999-12", "0000-01" }) {
			this.mvc.perform(as("deputy-demo", get("/duty/mine").param("month", month)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("月份应写作“2026-11”这样的年-月")))
				.andExpect(content().string(containsString(thisMonth)));
		}
		this.mvc.perform(as("deputy-demo", get("/duty/mine").param("day", "2025-02-30")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期应写作“2026-11-03”这样的年-月-日")));
	}

	@Test
	void rota_duty_days_are_marked_on_the_calendar() throws Exception {
		long deputy = deputyDemo();
		var venue = this.jdbc.sql("select id, name from venue order by id limit 1")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
		LocalDate day = LocalDate.now(this.clock).plusDays(3);
		this.jdbc.sql("insert into rota_assignment (venue_id, day, deputy_id) values (?, ?, ?) on conflict do nothing")
			.params(Long.parseLong(venue.get(0)), day, deputy)
			.update();
		try {
			String page = page("/duty/mine?month=" + YearMonth.from(day) + "&day=" + day);
			assertThat(cell(page, day.toString())).contains("值");
			assertThat(page).contains("进站接待值班：" + venue.get(1));
		}
		finally {
			this.jdbc.sql("delete from rota_assignment where day = ? and deputy_id = ?").params(day, deputy).update();
		}
	}

	@Test
	void the_cases_list_shows_only_cases_that_came_through_the_deputy() throws Exception {
		long deputy = deputyDemo();
		DeputyCases.Handled before = this.deputyCases.forDeputy(deputy, 0);
		String collected = trackingCode(as("deputy-demo", post("/api/v1/opinions")), """
				{"channel":"DEPUTY","categoryCode":"TRAFFIC","regionCode":"210802001",
				 "description":"经手：走访中群众反映路灯不亮","phone":"13804170011"}""");
		String throughCode = trackingCode(as("office-210802", post("/api/v1/opinions")), """
				{"channel":"HOTLINE","categoryCode":"TRAFFIC","regionCode":"210802","deputyId":%d,
				 "description":"经手：群众来电点名找王秀英代表","phone":"13804170012"}""".formatted(deputy));
		String someoneElses = trackingCode(as("office-210802", post("/api/v1/opinions")), """
				{"channel":"HOTLINE","categoryCode":"TRAFFIC","regionCode":"210802",
				 "description":"经手：与王秀英代表无关的来电","phone":"13804170013"}""");

		DeputyCases.Handled after = this.deputyCases.forDeputy(deputy, 20);
		assertThat(after.total()).isEqualTo(before.total() + 2);
		assertThat(after.open()).isEqualTo(before.open() + 2);
		assertThat(after.closed()).isEqualTo(before.closed());
		assertThat(after.newest()).extracting(DeputyCases.DeputyCase::trackingCode)
			.contains(collected, throughCode)
			.doesNotContain(someoneElses);

		String page = page("/duty/mine");
		assertThat(page).contains(collected, throughCode, "经手：群众来电点名找王秀英代表", "待交办")
			.contains("共 " + after.total() + " 件：办理中 " + after.open() + " 件")
			.doesNotContain(someoneElses);
		this.mvc.perform(as("office-210802", get("/duty/mine")))
			.andExpect(content().string(not(containsString(collected))));
	}

	@Test
	void the_score_opens_to_the_verified_records_that_earned_it() throws Exception {
		long batch = this.evaluations.create("我的履职测试批次", LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"));
		verify(record("MEETING", "2025-06-05", "得分：出席人代会"));
		record("MEETING", "2025-06-06", "得分：未审核的会议");
		someoneElsesRecord("2025-06-07", "得分：别人的会议");

		var meeting = this.evaluations.dimensions(batch)
			.stream()
			.filter(d -> d.typeCode().equals("MEETING"))
			.findFirst()
			.orElseThrow();
		var counted = this.evaluations.countedRecords(batch, deputyDemo());
		assertThat(counted.get(meeting.id())).extracting(CountedRecord::title).containsExactly("得分：出席人代会");

		// the page opens the current batch: one that starts today is the newest begun
		long current = this.evaluations.create("我的履职测试本期", LocalDate.now(this.clock),
				LocalDate.now(this.clock).plusMonths(1));
		verify(record("MEETING", LocalDate.now(this.clock).toString(), "得分：今天的会议"));
		long currentMeeting = this.evaluations.dimensions(current)
			.stream()
			.filter(d -> d.typeCode().equals("MEETING"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(element(page("/duty/mine"), "counted-" + currentMeeting, "details")).contains("得分：今天的会议")
			.doesNotContain("得分：出席人代会");
	}

	private int record(String type, String day, String title) throws Exception {
		String created = this.mvc
			.perform(as("deputy-demo", post("/api/v1/duty/records")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"" + type + "\",\"date\":\"" + day + "\",\"title\":\"" + title + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private void verify(int id) throws Exception {
		this.mvc.perform(as("office-210802", post("/api/v1/duty/records/" + id + "/verify")))
			.andExpect(status().isOk());
	}

	/** A record of another deputy, written as the office would have it. */
	private void someoneElsesRecord(String day, String title) {
		long other = this.jdbc.sql("select id from deputy where name <> '王秀英' order by id limit 1")
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into duty_record (type_id, occurred_on, title, state, region_code)
				select id, ?, ?, 'SUBMITTED', '210802' from duty_record_type where code = 'MEETING' returning id""")
			.params(LocalDate.parse(day), title)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into duty_record_deputy (record_id, deputy_id) values (?, ?)").params(id, other).update();
	}

	private long deputyDemo() {
		return this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
	}

	private String trackingCode(MockHttpServletRequestBuilder request, String body) throws Exception {
		String created = this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.trackingCode");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(as("deputy-demo", get(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The calendar cell of a day: its classes, then what it shows. */
	private static String cell(String page, String day) {
		Matcher cell = Pattern.compile("<td([^>]*data-day=\"" + day + "\"[^>]*>.*?)</td>", Pattern.DOTALL)
			.matcher(page);
		assertThat(cell.find()).as("a cell for " + day).isTrue();
		return cell.group(1);
	}

	/** The element with the id, up to its end tag. */
	private static String element(String page, String id, String tag) {
		Matcher element = Pattern.compile("id=\"" + id + "\"(.*?)</" + tag + ">", Pattern.DOTALL).matcher(page);
		assertThat(element.find()).as("an element " + id).isTrue();
		return element.group(1);
	}

	/** The colour and number of a day's count, or null when it has none. */
	private static String badge(String page, String day) {
		Matcher badge = Pattern.compile("badge rounded-pill (text-bg-\\w+\">\\d+)").matcher(cell(page, day));
		return badge.find() ? badge.group(1) : null;
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user));
	}

}
