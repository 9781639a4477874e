package org.lianxin.statistics;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.statistics.internal.Dashboard;
import org.lianxin.statistics.internal.DashboardChart;
import org.lianxin.statistics.internal.Dashboards;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard (驾驶舱) of a division and of the city: every number a count of its records
 * (recomputed here from the records themselves) that opens a list that answers, its page
 * and wall screen, its API, and a region outside the scope refused.
 */
@LianxinTest
class DashboardTests {

	static final String SUBTREE = "(select code from region_view where path like "
			+ "(select path from region_view where code = :region) || '%')";

	@Autowired
	Dashboards dashboards;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkdayCalendar calendar;

	int thisYear() {
		return this.calendar.today().getYear();
	}

	Dashboard dashboard(String user, String region, int year) {
		return this.dashboards.of(Staff.load(this.accounts, user), region, year, Locale.SIMPLIFIED_CHINESE);
	}

	static DashboardChart chart(Dashboard dashboard, String key) {
		return dashboard.charts().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
	}

	long count(String sql, String region, int year) {
		return this.jdbc.sql(sql).param("region", region).param("year", year).query(Long.class).single();
	}

	long opinions(String condition, String region, int year) {
		return count("select count(*) from opinion o where o.region_code in " + SUBTREE
				+ " and extract(year from o.collected_on) = :year and " + condition, region, year);
	}

	static long value(DashboardChart.Cell cell) {
		return cell.value().longValue();
	}

	@Test
	void each_opinion_number_equals_the_count_of_its_cases() {
		for (String[] asked : new String[][] { { "office-210811", "210811" }, { "admin", "210800" } }) {
			String region = asked[1];
			Dashboard dashboard = dashboard(asked[0], region, thisYear());
			DashboardChart months = chart(dashboard, "opinion-months");
			assertThat(months.rows()).as("this year's cases of " + region).isNotEmpty();
			assertThat(months.rows().stream().mapToLong(r -> value(r.cells().get(0))).sum())
				.isEqualTo(opinions("true", region, thisYear()));
			for (DashboardChart.Row month : months.rows()) {
				String inMonth = "extract(month from o.collected_on) = " + Integer.parseInt(month.label().substring(5));
				assertThat(value(month.cells().get(0))).isEqualTo(opinions(inMonth, region, thisYear()));
				assertThat(value(month.cells().get(1)))
					.isEqualTo(opinions(inMonth + " and o.status = 'CLOSED'", region, thisYear()));
				assertThat(value(month.cells().get(2))).isEqualTo(
						opinions(inMonth + " and o.status = 'CLOSED' and o.result_class = 'A'", region, thisYear()));
			}
			for (DashboardChart.Row category : chart(dashboard, "opinion-categories").rows()) {
				assertThat(value(category.cells().get(0))).as(category.label())
					.isEqualTo(opinions(
							"o.category_id = (select id from opinion_category where name = '" + category.label() + "')",
							region, thisYear()));
			}
			assertThat(chart(dashboard, "opinion-agencies").rows()).isNotEmpty().allSatisfy(agency -> {
				String path = agency.cells().get(0).path();
				String lead = "o.lead_agency_id = " + path.replaceAll(".*&agency=(\\d+).*", "$1");
				assertThat(agency.cells().get(0).shown()).endsWith(
						"（" + opinions(lead + " and o.status = 'CLOSED' and o.replied_on_time", region, thisYear())
								+ "/" + opinions(lead + " and o.status = 'CLOSED'", region, thisYear()) + "）");
				assertThat(agency.cells().get(1).shown()).endsWith("（"
						+ opinions(lead + " and o.rating in ('SATISFIED', 'BASICALLY_SATISFIED')", region, thisYear())
						+ "/" + opinions(lead + " and o.rating is not null", region, thisYear()) + "）");
			});
		}
	}

	@Test
	void the_city_sets_its_divisions_side_by_side_each_counted_from_its_records() {
		Dashboard city = dashboard("admin", "210800", thisYear());
		DashboardChart divisions = chart(city, "divisions");
		assertThat(divisions.rows()).hasSize(
				(int) count("select count(*) from region_view where parent_code = :region and :year > 0", "210800", 1));
		for (DashboardChart.Row division : divisions.rows()) {
			String code = division.cells().get(0).path().replaceAll(".*region=(\\d+).*", "$1");
			assertThat(value(division.cells().get(0))).as(division.label())
				.isEqualTo(opinions("true", code, thisYear()));
			assertThat(value(division.cells().get(3))).as(division.label()).isEqualTo(count("""
					select count(*) from suggestion where status <> 'DRAFT' and region_code in %s
					 and extract(year from filed_on) = :year""".formatted(SUBTREE), code, thisYear()));
			assertThat(value(division.cells().get(4))).as(division.label())
				.isEqualTo(count("""
						select count(*) from reception_session s join venue v on v.id = s.venue_id
						where v.region_code in %s and extract(year from s.held_on) = :year""".formatted(SUBTREE), code,
						thisYear()));
		}
		assertThat(divisions.rows()).anySatisfy(d -> assertThat(value(d.cells().get(3))).isPositive());
		// a division has no divisions of its own to compare
		assertThat(dashboard("office-210811", "210811", thisYear()).charts())
			.noneMatch(c -> c.key().equals("divisions"));
	}

	@Test
	void the_other_modules_numbers_equal_the_counts_of_their_records() {
		String region = "210811";
		Dashboard dashboard = dashboard("office-" + region, region, thisYear());
		List<DashboardChart.Row> stages = chart(dashboard, "suggestion-stages").rows();
		assertThat(value(stages.get(0).cells().get(0))).isPositive().isEqualTo(count("""
				select count(*) from suggestion where status <> 'DRAFT' and region_code in %s
				 and extract(year from filed_on) = :year""".formatted(SUBTREE), region, thisYear()));
		List<DashboardChart.Row> results = chart(dashboard, "suggestion-results").rows();
		for (int i = 0; i < 4; i++) {
			assertThat(value(results.get(i).cells().get(0))).isEqualTo(
					count("""
							select count(*) from suggestion where result_class = '%s' and status <> 'DRAFT' and region_code in %s
							 and extract(year from filed_on) = :year"""
						.formatted("ABCD".charAt(i), SUBTREE), region, thisYear()));
		}
		for (DashboardChart.Row venue : chart(dashboard, "stations").rows()) {
			assertThat(value(venue.cells().get(0))).as(venue.label())
				.isEqualTo(count("""
						select count(*) from reception_session s join venue v on v.id = s.venue_id
						where v.name = '%s' and v.region_code in %s and extract(year from s.held_on) = :year"""
					.formatted(venue.label(), SUBTREE), region, thisYear()));
		}
		List<DashboardChart.Row> oversight = chart(dashboard, "oversight").rows();
		assertThat(oversight.stream().filter(r -> r.cells().get(0).path().startsWith("/oversight/items?state=")))
			.hasSize(5)
			.allSatisfy(
					r -> assertThat(value(r.cells().get(0))).isEqualTo(count(
							"""
									select count(*) from oversight_issue_item where state = '%s' and region_code in %s and :year > 0"""
								.formatted(r.cells().get(0).path().replaceAll(".*state=", ""), SUBTREE),
							region, thisYear())));
		assertThat(value(chart(dashboard, "legislation").rows().get(1).cells().get(0))).isEqualTo(count("""
				select count(*) from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
				where c.region_code in %s and extract(year from c.received_on) = :year""".formatted(SUBTREE), region,
				thisYear()));
		assertThat(chart(dashboard, "projects").rows())
			.allSatisfy(p -> assertThat(p.cells().get(0).path()).matches("/projects/\\d+"));
	}

	@Test
	void every_number_opens_a_list_that_answers() throws Exception {
		for (String[] asked : new String[][] { { "office-210811", "210811" }, { "admin", "210800" } }) {
			for (DashboardChart chart : dashboard(asked[0], asked[1], thisYear()).charts()) {
				for (DashboardChart.Row row : chart.rows()) {
					for (DashboardChart.Cell cell : row.cells()) {
						this.mvc.perform(get(cell.path()).with(Staff.as(this.accounts, asked[0])))
							.andExpect(status().isOk());
					}
				}
			}
		}
	}

	@Test
	void the_page_draws_each_chart_with_its_table_for_the_office_and_the_admin() throws Exception {
		for (String[] asked : new String[][] { { "office-210811", "" }, { "admin", "210800" } }) {
			this.mvc.perform(get("/statistics/dashboard?region=" + asked[1]).with(Staff.as(this.accounts, asked[0])))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"chart-opinion-months\"")))
				.andExpect(content().string(containsString("data-chart=\"{&quot;key&quot;:&quot;opinion-months")))
				.andExpect(content().string(containsString("id=\"table-opinion-months\"")))
				.andExpect(content().string(containsString("/js/dashboard-")))
				.andExpect(content().string(not(containsString("<script>"))))
				.andExpect(content().string(not(containsString("onclick"))));
		}
		this.mvc.perform(get("/statistics/dashboard?region=210800").with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("id=\"chart-divisions\"")));
	}

	@Test
	void the_wall_screen_is_dark_and_refreshes_from_the_api() throws Exception {
		this.mvc.perform(get("/statistics/dashboard/wall").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(content().string(containsString("class=\"lx-wall\"")))
			.andExpect(content().string(containsString("data-api=\"/api/v1/statistics/dashboard?region=210811\"")))
			.andExpect(content().string(containsString("data-every=\"60\"")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
	}

	@Test
	void the_api_answers_each_chart_with_its_series_and_rows_of_numbers_and_records() throws Exception {
		this.mvc
			.perform(get("/api/v1/statistics/dashboard?region=210811").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value("210811"))
			.andExpect(jsonPath("$.year").value(thisYear()))
			.andExpect(jsonPath("$.charts[0].key").value("opinion-months"))
			.andExpect(jsonPath("$.charts[0].series[0]").value("收集"))
			.andExpect(jsonPath("$.charts[0].rows[0].label").isString())
			.andExpect(jsonPath("$.charts[0].rows[0].cells[0].value").isNumber())
			.andExpect(jsonPath("$.charts[0].rows[0].cells[0].path", containsString("/opinions?figure=COLLECTED")))
			.andExpect(jsonPath("$.charts[2].percent").value(true))
			.andExpect(jsonPath("$.charts[?(@.key == 'divisions')]").isEmpty());
	}

	@Test
	void a_region_outside_the_scope_is_refused_clearly() throws Exception {
		this.mvc.perform(get("/statistics/dashboard?region=210882").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在您的数据范围内")))
			.andExpect(content().string(not(containsString("data-chart="))));
		this.mvc.perform(get("/statistics/dashboard/wall?region=210800").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不在您的数据范围内")));
		this.mvc
			.perform(get("/api/v1/statistics/dashboard?region=210882").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("不在您的数据范围内")));
		this.mvc.perform(get("/api/v1/statistics/dashboard?year=1999").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("年度须在 2000 年至")));
	}

}
