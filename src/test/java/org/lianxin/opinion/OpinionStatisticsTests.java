package org.lianxin.opinion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The figures of 盖州市 (210881), where no other test files opinions: five cases in known
 * states, counted by each definition, and each figure's list holding exactly its cases.
 */
@LianxinTest
class OpinionStatisticsTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	OpinionStatistics statistics;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void every_figure_and_rate_follows_its_definition_and_opens_its_cases() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210881");
		CurrentUser handler = Staff.load(this.accounts, "agency-210881");
		long agency = handler.scope().agencyId();
		long solved = loop(office, handler, agency, ResultClass.A, Satisfaction.SATISFIED);
		long explained = loop(office, handler, agency, ResultClass.B, Satisfaction.BASICALLY_SATISFIED);
		long declined = submit("统计：诉讼中的纠纷");
		this.workflow.decline(office, declined, "已进入诉讼程序");
		long waiting = submit("统计：已交办未答复");
		this.workflow.assign(office, waiting, agency, Set.of(), null);
		submit("统计：刚收到");

		OpinionStatistics.Report report = this.statistics.report(office, "210881", null, null);
		assertThat(report.figures().get(Figure.COLLECTED)).isEqualTo(5);
		assertThat(report.figures().get(Figure.ASSIGNED)).isEqualTo(3);
		assertThat(report.figures().get(Figure.REPLIED)).isEqualTo(2);
		assertThat(report.figures().get(Figure.ACCEPTED)).isEqualTo(4);
		assertThat(report.figures().get(Figure.CLOSED)).isEqualTo(2);
		assertThat(report.figures().get(Figure.RESOLVED)).isEqualTo(1);
		assertThat(report.figures().get(Figure.RATED)).isEqualTo(2);
		assertThat(report.figures().get(Figure.SATISFIED)).isEqualTo(1);
		assertThat(percent(report, Rate.REPLY)).isEqualByComparingTo("66.7");
		assertThat(percent(report, Rate.CLOSING)).isEqualByComparingTo("50.0");
		assertThat(percent(report, Rate.SOLVED)).isEqualByComparingTo("50.0");
		assertThat(percent(report, Rate.SATISFACTION)).isEqualByComparingTo("100.0");
		assertThat(percent(report, Rate.SATISFIED_ONLY)).isEqualByComparingTo("50.0");
		assertThat(percent(report, Rate.ON_TIME)).isEqualByComparingTo("100.0");

		this.mvc
			.perform(get("/api/v1/opinions").param("figure", "REPLIED")
				.param("region", "210881")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(jsonPath("$[*].id", containsInAnyOrder((int) solved, (int) explained)));
		this.mvc
			.perform(get("/api/v1/opinions/stats").param("region", "210881")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(jsonPath("$.figures.CLOSED").value(2))
			.andExpect(jsonPath("$.rates[?(@.rate == 'SOLVED')].definition")
				.value(org.hamcrest.Matchers.hasItem(containsString("办结不等于解决"))));
		String page = this.mvc
			.perform(get("/opinions/stats").param("region", "210881").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(content().string(containsString("figure-RESOLVED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/opinions?figure=RESOLVED&amp;region=210881");
		// another division's office sees none of these
		assertThat(this.statistics.report(Staff.load(this.accounts, "office-210802"), "210881", null, null)
			.figures()
			.get(Figure.COLLECTED)).isZero();
	}

	private long loop(CurrentUser office, CurrentUser handler, long agency, ResultClass result, Satisfaction verdict) {
		long id = submit("统计：" + result + " 类答复的件");
		this.workflow.assign(office, id, agency, Set.of(), null);
		this.workflow.sign(handler, id);
		this.workflow.reply(handler, id, result, "已处理");
		this.workflow.feedback(office, id, ContactChannel.PHONE, "已告知");
		this.workflow.visit(office, id, verdict, ContactChannel.PHONE, null);
		this.workflow.close(office, id, null);
		return id;
	}

	private long submit(String description) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210881", null, null, description, null,
					null, null, null, "13904170009", null, false, false, List.of(), null, null, null, null))
			.id();
	}

	private static BigDecimal percent(OpinionStatistics.Report report, Rate rate) {
		return report.rates().stream().filter(r -> r.rate() == rate).findFirst().orElseThrow().percent();
	}

}
