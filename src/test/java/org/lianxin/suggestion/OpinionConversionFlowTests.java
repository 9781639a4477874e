package org.lianxin.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionConverted;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionFiling;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * An opinion case converted into a suggestion arrives as a draft for the deputy who
 * collected it, pre-filled and linked both ways, once however often it is delivered.
 */
@LianxinTest
@EnableScenarios
class OpinionConversionFlowTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow opinions;

	@Autowired
	SuggestionFiling filing;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void a_converted_case_becomes_one_draft_for_its_deputy_who_files_it_with_the_link_kept(Scenario scenario)
			throws Exception {
		CurrentUser deputy = Staff.load(this.accounts, "deputy-demo");
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long wang = this.deputyAccounts.deputyOf(deputy.id()).orElseThrow();
		Receipt receipt = this.intake.record(deputy,
				new Submission(IntakeChannel.DEPUTY, "TRAFFIC", "210802001", null, null, "转建议：学校门口缺少过街天桥，学生过马路危险", null,
						null, null, "赵女士", "13804170031", null, false, false, List.of(), null,
						LocalDate.now(this.clock), null, null));
		AtomicReference<Long> draft = new AtomicReference<>();

		scenario.stimulate(() -> this.opinions.convert(office, receipt.id(), "涉及规划，需以代表建议推动"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> this.jdbc.sql("select suggestion_id from suggestion_origin_view where opinion_id = ?")
						.param(receipt.id())
						.query(Long.class)
						.optional()
						.orElse(null))
			.andVerify(id -> draft.set(id));

		assertThat(this.jdbc.sql("select status, lead_deputy_id, body from suggestion where id = ?")
			.param(draft.get())
			.query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.single()).containsExactly("DRAFT", wang, "转建议：学校门口缺少过街天桥，学生过马路危险\n\n（转办说明：涉及规划，需以代表建议推动）");

		scenario
			.publish(new OpinionConverted(receipt.id(), receipt.trackingCode(), "210802001", null, deputy.id(), "再投一次",
					null, LocalDate.now(this.clock)))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> new ListenerRuns(this.jdbc).completed("OpinionsAsDrafts", "opinionId", receipt.id()),
					runs -> runs >= 2)
			.andVerify(runs -> assertThat(this.jdbc.sql("select count(*) from suggestion where origin_opinion_id = ?")
				.param(receipt.id())
				.query(Long.class)
				.single()).isOne());

		this.filing.fileDraft(deputy, draft.get(), new SuggestionContent("关于在学校门口建设过街天桥的建议", "学校门口车流量大，建议建设过街天桥。",
				SuggestionCategory.URBAN, 1, Period.RECESS), Set.of());
		assertThat(this.jdbc.sql("select status from suggestion_origin_view where opinion_id = ?")
			.param(receipt.id())
			.query(String.class)
			.single()).isEqualTo("FILED");

		// the case page and the suggestion's page link to each other
		this.mvc.perform(get("/opinions/" + receipt.id()).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("href=\"/suggestions/" + draft.get() + "\"")));
		this.mvc.perform(get("/suggestions/" + draft.get()).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("href=\"/opinions/" + receipt.id() + "\"")));
	}

}
