package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.statistics.RollupReconciliation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tally the figures and the league table add up gives the numbers counting the
 * suggestions gives, moves with every step, and comes out the same when rebuilt.
 */
@LianxinTest
class SuggestionTallyTests {

	/** A period that starts within a month: always counted from the suggestions. */
	static final LocalDate COUNTED_FROM = LocalDate.of(2000, 1, 2);

	/** A period of whole months: added up from the tally. */
	static final LocalDate TALLIED_FROM = LocalDate.of(2000, 1, 1);

	@Autowired
	SuggestionStatistics statistics;

	@Autowired
	AgencyLeague league;

	@Autowired
	RollupReconciliation reconciliation;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_tally_gives_every_figure_and_league_line_that_counting_the_suggestions_gives() {
		CurrentUser city = CurrentUser.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));
		for (CurrentUser user : List.of(city, Staff.load(this.accounts, "office-210811"),
				Staff.load(this.accounts, "office-210802"))) {
			assertThat(figures(user, TALLIED_FROM)).isEqualTo(figures(user, COUNTED_FROM));
			assertThat(this.league.table(user, SuggestionFilter.of(null, null, null, null, TALLIED_FROM, null)))
				.isEqualTo(this.league.table(user, SuggestionFilter.of(null, null, null, null, COUNTED_FROM, null)));
		}
		assertThat(figures(city, TALLIED_FROM).get(SuggestionFigure.RECEIVED)).isPositive();
	}

	@Test
	void registering_a_suggestion_moves_it_into_the_registered_count_of_its_month() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/suggestions").with(Staff.as(this.accounts, "deputy-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"汇总：立案计数\",\"body\":\"建议内容\",\"category\":\"URBAN\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long before = registeredInTallyOf(id);
		this.mvc.perform(post("/api/v1/suggestions/" + id + "/register").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk());
		assertThat(registeredInTallyOf(id)).isEqualTo(before + 1);
	}

	@Test
	void a_recounted_tally_is_the_tally_kept_step_by_step() {
		List<Map<String, Object>> kept = rows();
		assertThat(this.reconciliation.reconcile(SuggestionTally.ROLLUP).drifted()).isZero();
		assertThat(rows()).isEqualTo(kept);
	}

	@Test
	void a_tampered_tally_row_is_found_by_the_recount_and_repaired() {
		List<Map<String, Object>> kept = rows();
		this.jdbc.sql("""
				update suggestion_tally set registered = registered + 3
				where (region_code, congress_id, session_number, month, agency_id, lead) =
				      (select region_code, congress_id, session_number, month, agency_id, lead from suggestion_tally
				       where lead and suggestions <> 0 order by region_code, month limit 1)""").update();
		assertThat(rows()).isNotEqualTo(kept);
		assertThat(this.reconciliation.reconcile(SuggestionTally.ROLLUP).drifted()).isEqualTo(1);
		assertThat(rows()).isEqualTo(kept);
	}

	@Test
	void the_league_page_prints_every_line_with_its_rates_and_the_list_it_leads() throws Exception {
		long laobian = this.jdbc.sql("select id from congress_view where region_code = '210811'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/suggestions/agencies?congress=" + laobian).with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/suggestions?agency=")))
			.andExpect(content().string(containsString("&amp;congress=" + laobian)))
			.andExpect(content().string(containsString("%（")));
	}

	private Map<SuggestionFigure, Long> figures(CurrentUser user, LocalDate from) {
		return this.statistics.report(user, SuggestionFilter.of(null, null, null, null, from, null)).figures();
	}

	/** The registered count of the tally row the suggestion is counted in. */
	private long registeredInTallyOf(long id) {
		return this.jdbc.sql("""
				select coalesce(sum(t.registered), 0) from suggestion_tally t join suggestion s
				  on t.region_code = s.region_code and t.congress_id = s.congress_id
				 and t.session_number = s.session_number and t.month = date_trunc('month', s.filed_on)
				 and t.agency_id = coalesce(s.lead_agency_id, 0) and t.lead
				where s.id = ?""").param(id).query(Long.class).single();
	}

	/** The tally's rows that count anything, in one order. */
	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("""
				select * from suggestion_tally where suggestions <> 0
				order by region_code, congress_id, session_number, month, agency_id, lead""").query().listOfRows();
	}

}
