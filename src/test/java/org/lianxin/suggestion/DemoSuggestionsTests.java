package org.lianxin.suggestion;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionRate;
import org.lianxin.suggestion.internal.SuggestionStatistics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 老边区's report — "代表意见建议178件，答复率100%、办结率98%、满意率100%" — comes out of its demo suggestions,
 * walked through the real steps, by the figures' own definitions.
 */
@LianxinTest
class DemoSuggestionsTests {

	@Autowired
	SuggestionStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.lianxin.suggestion.internal.SuggestionQueries queries;

	@Test
	void a_demo_suggestion_opens_with_its_co_signer_co_handler_verdicts_and_history() {
		long id = this.jdbc.sql("""
				select s.id from suggestion s join congress_view c on c.id = s.congress_id
				where c.region_code = '210811' and s.serial_number = 5""").query(Long.class).single();
		CurrentUser everywhere = CurrentUser.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));
		org.lianxin.suggestion.internal.SuggestionDetail detail = this.queries.detail(everywhere, id).orElseThrow();
		assertThat(detail.coSigners()).singleElement().satisfies(c -> assertThat(c.name()).isNotBlank());
		assertThat(detail.coAgencies()).singleElement().satisfies(c -> assertThat(c.name()).isNotBlank());
		assertThat(detail.ratings()).hasSize(2).allSatisfy(r -> assertThat(r.name()).isNotBlank());
		assertThat(detail.history()).extracting(org.lianxin.suggestion.internal.SuggestionHistory.Entry::action)
			.startsWith("FILE", "CO_SIGN", "REGISTER")
			.endsWith("CLOSE");
	}

	@Test
	void laobian_districts_figures_are_the_reports_178_with_100_98_and_100_percent() {
		long congress = this.jdbc.sql("select id from congress_view where region_code = '210811'")
			.query(Long.class)
			.single();
		CurrentUser everywhere = CurrentUser.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));
		SuggestionStatistics.Report report = this.statistics.report(everywhere,
				SuggestionFilter.of(null, congress, null, null, null, null));
		Map<SuggestionRate, BigDecimal> rates = report.rates()
			.stream()
			.collect(Collectors.toMap(SuggestionStatistics.RateValue::rate, SuggestionStatistics.RateValue::percent));
		assertThat(report.figures().get(SuggestionFigure.RECEIVED)).isEqualTo(178);
		assertThat(rates.get(SuggestionRate.REPLY)).isEqualByComparingTo("100.0");
		assertThat(rates.get(SuggestionRate.CLOSING)).isEqualByComparingTo("98.3");
		assertThat(rates.get(SuggestionRate.SATISFACTION)).isEqualByComparingTo("100.0");
		// the three not closed wait on a promised item still open
		assertThat(this.jdbc.sql("""
				select count(*) from suggestion s where s.congress_id = ? and s.status = 'RATED'
				  and exists (select 1 from suggestion_promise p where p.suggestion_id = s.id and p.status = 'OPEN')""")
			.param(congress)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
