package org.lianxin.statistics;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.statistics.internal.ReportFigure;
import org.lianxin.statistics.internal.ReportView;
import org.lianxin.statistics.internal.YearReports;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of the year-end report is a count of its records: recomputed here from the
 * records themselves, and each opens a list that answers.
 */
@LianxinTest
class YearReportFigureTests {

	static final String SUBTREE = "(select code from region_view where path like "
			+ "(select path from region_view where code = :region) || '%')";

	@Autowired
	YearReports reports;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkdayCalendar calendar;

	Map<String, ReportFigure> figures(String office, String region, int year) {
		ReportView view = this.reports.view(Staff.load(this.accounts, office), region, year);
		return view.figures().stream().collect(Collectors.toMap(ReportFigure::key, Function.identity()));
	}

	long count(String sql, String region, int year) {
		return this.jdbc.sql(sql).param("region", region).param("year", year).query(Long.class).single();
	}

	@Test
	void each_figure_of_the_report_equals_the_count_of_its_records() throws Exception {
		// 2025 holds the demo's ledgers, this year its opinions and suggestions
		int thisYear = this.calendar.today().getYear();
		for (String[] asked : new String[][] { { "210881", "2025" }, { "210811", "" + thisYear }, { "210804", "2025" },
				{ "210881", "" + thisYear } }) {
			String region = asked[0];
			int year = Integer.parseInt(asked[1]);
			Map<String, ReportFigure> figures = figures("office-" + region, region, year);
			assertThat(figures.values()).as("some records counted in " + region + ", " + year)
				.anySatisfy(f -> assertThat(f.count()).isPositive());
			assertThat(figures.get("ledger.PARTY_GROUP_MEETINGS").count()).as(region).isEqualTo(count("""
					select count(*) from ledger_meeting where region_code = :region and kind = 'PARTY_GROUP'
					 and extract(year from held_on) = :year""", region, year));
			assertThat(figures.get("ledger.ARTICLES").count()).as(region).isEqualTo(count("""
					select count(*) from ledger_article where region_code = :region
					 and extract(year from published_on) = :year""", region, year));
			assertThat(figures.get("suggestion.RECEIVED").count()).as(region).isEqualTo(count("""
					select count(*) from suggestion where status <> 'DRAFT' and region_code in %s
					 and extract(year from filed_on) = :year""".formatted(SUBTREE), region, year));
			assertThat(figures.get("suggestion.CLOSED").count()).as(region).isEqualTo(count("""
					select count(*) from suggestion where status = 'CLOSED' and region_code in %s
					 and extract(year from filed_on) = :year""".formatted(SUBTREE), region, year));
			assertThat(figures.get("opinion.COLLECTED").count()).as(region).isEqualTo(count("""
					select count(*) from opinion where region_code in %s
					 and extract(year from collected_on) = :year""".formatted(SUBTREE), region, year));
			assertThat(figures.get("opinion.RESOLVED").count()).as(region).isEqualTo(count("""
					select count(*) from opinion where status = 'CLOSED' and result_class = 'A' and region_code in %s
					 and extract(year from collected_on) = :year""".formatted(SUBTREE), region, year));
			assertThat(figures.get("station.LIAISON_STATIONS").count()).as(region).isEqualTo(count("""
					select count(*) from venue where kind = 'LIAISON_STATION' and region_code in %s
					 and :year = :year""".formatted(SUBTREE), region, year));
			assertThat(figures.get("station.PEOPLE").count()).as(region)
				.isEqualTo(
						count("""
								select coalesce(sum(s.people_received), 0) from reception_session s join venue v on v.id = s.venue_id
								where v.region_code in %s and extract(year from s.held_on) = :year"""
							.formatted(SUBTREE), region, year));
			assertThat(figures.get("legislation.OPINIONS").count()).as(region)
				.isEqualTo(
						count("""
								select count(*) from legislation_opinion o join legislation_consultation c on c.id = o.consultation_id
								where c.region_code in %s and extract(year from c.received_on) = :year"""
							.formatted(SUBTREE), region, year));
			// a rate is its two counts, each the figure of the same name
			assertThat(figures.get("suggestion.rate.REPLY").count())
				.isEqualTo(figures.get("suggestion.REPLIED").count());
			assertThat(figures.get("suggestion.rate.REPLY").denominator())
				.isEqualTo(figures.get("suggestion.ASSIGNED").count());
			assertThat(figures.get("opinion.rate.SOLVED").count()).isEqualTo(figures.get("opinion.RESOLVED").count());
			assertThat(figures.get("opinion.rate.SOLVED").denominator())
				.isEqualTo(figures.get("opinion.CLOSED").count());
			for (ReportFigure figure : figures.values()) {
				this.mvc.perform(get(figure.listPath()).with(Staff.as(this.accounts, "office-" + region)))
					.andExpect(status().isOk());
			}
		}
	}

	@Test
	void a_rate_is_written_with_a_definition_that_tells_it_from_the_others() {
		Map<String, ReportFigure> figures = figures("office-210811", "210811", 2025);
		assertThat(figures.values().stream().filter(ReportFigure::rate))
			.allSatisfy(rate -> assertThat(rate.definitionKey()).isNotBlank());
		assertThat(figures.get("suggestion.rate.CLOSING").definitionKey())
			.isNotEqualTo(figures.get("suggestion.rate.SOLVED").definitionKey());
	}

}
