package org.lianxin.duty;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.internal.DailyReport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DailyReportTests {

	@Autowired
	DailyReport reports;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	@Test
	void a_record_uploaded_today_counts_for_the_day_the_month_and_in_all_and_a_returned_one_does_not()
			throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		DailyReport.DeputyLine before = line(this.reports.build(office, null, "210802", today), "王秀英");
		record(today, "三表一报：今天的履职");
		String returned = record(today, "三表一报：将被退回");
		this.mvc
			.perform(post("/api/v1/duty/records/" + JsonPath.read(returned, "$.id") + "/return")
				.with(Staff.as(this.accounts, "office-210802"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"照片看不清\"}"))
			.andExpect(status().isOk());

		DailyReport.Report report = this.reports.build(office, null, "210802", today);
		DailyReport.DeputyLine after = line(report, "王秀英");
		assertThat(after.recordsOnDay() - before.recordsOnDay()).isEqualTo(1);
		assertThat(after.recordsInMonth() - before.recordsInMonth()).isEqualTo(1);
		assertThat(after.recordsInAll() - before.recordsInAll()).isEqualTo(1);
		assertThat(report.summary()).contains("当日上传履职记录").doesNotContain("王秀英、");
		assertThat(report.silentThisMonth()).doesNotContain("王秀英");

		this.mvc
			.perform(get("/api/v1/duty/daily-report").param("region", "210802")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(jsonPath("$.lines[*].name", hasItem("王秀英")))
			.andExpect(jsonPath("$.summary", containsString("名代表")));
		this.mvc.perform(get("/duty/daily-report").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("daily-summary")));
		this.mvc.perform(get("/api/v1/duty/daily-report").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isForbidden());
		byte[] xlsx = this.mvc
			.perform(get("/duty/daily-report.xlsx").param("region", "210802")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("代表");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(report.lines().size() + 3);
		}
	}

	@Test
	void a_record_naming_two_deputies_counts_for_each_line_and_once_in_the_totals() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		List<Long> two = this.jdbcClient.sql("""
				select distinct m.deputy_id from deputy_membership m join deputy d on d.id = m.deputy_id
				where m.region_code like '210802%' and m.ended_on is null and d.name not like '测试代表%'
				order by m.deputy_id limit 2""").query(Long.class).list();
		DailyReport.Report before = this.reports.build(office, null, "210802", today);
		this.mvc
			.perform(post("/api/v1/duty/records").with(Staff.as(this.accounts, "office-210802"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"GROUP_ACTIVITY\",\"date\":\"" + today + "\",\"title\":\"三表一报：两人的小组活动\","
						+ "\"deputyIds\":[" + two.get(0) + "," + two.get(1) + "]}"))
			.andExpect(status().isCreated());
		DailyReport.Report after = this.reports.build(office, null, "210802", today);
		assertThat(after.totals().recordsOnDay() - before.totals().recordsOnDay()).isEqualTo(1);
		long lines = after.lines().stream().mapToLong(DailyReport.DeputyLine::recordsOnDay).sum()
				- before.lines().stream().mapToLong(DailyReport.DeputyLine::recordsOnDay).sum();
		assertThat(lines).isEqualTo(2);
	}

	@Test
	void the_summary_names_who_has_uploaded_nothing_this_month_and_the_change_since_yesterday() {
		DailyReport.DeputyLine totals = new DailyReport.DeputyLine(0, "合计", 87, 5, 40, 300, 2, 9, 120);
		String text = DailyReport.summary(LocalDate.of(2026, 11, 27), 12, totals, 3, 2, List.of("张三", "李四"));
		assertThat(text).contains("截至2026年11月27日，共12名代表，平均资料完整度87%")
			.contains("当日上传履职记录5条（比前一日多2），本月40条，累计300条")
			.contains("当日反映群众意见2件（与前一日持平）")
			.contains("本月尚未上传履职记录的代表2名：张三、李四");
	}

	private String record(LocalDate day, String title) throws Exception {
		return this.mvc
			.perform(post("/api/v1/duty/records").with(Staff.as(this.accounts, "deputy-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"OTHER\",\"date\":\"" + day + "\",\"title\":\"" + title + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static DailyReport.DeputyLine line(DailyReport.Report report, String name) {
		return report.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
	}

}
