package org.lianxin.opinion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionStatistics;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The figures of 盖州市 (210881): five cases in known states, each counted by its definition
 * on top of whatever the region held before, and each figure's list holding its cases.
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
		OpinionStatistics.Report before = this.statistics.report(office, "210881", null, null);
		long solved = loop(office, handler, agency, ResultClass.A, Satisfaction.SATISFIED);
		long explained = loop(office, handler, agency, ResultClass.B, Satisfaction.BASICALLY_SATISFIED);
		long declined = submit("统计：诉讼中的纠纷");
		this.workflow.decline(office, declined, "已进入诉讼程序");
		long waiting = submit("统计：已交办未答复");
		this.workflow.assign(office, waiting, agency, Set.of(), null);
		submit("统计：刚收到");

		// the demo city may hold cases of its own in 盖州: count what these five add
		OpinionStatistics.Report report = this.statistics.report(office, "210881", null, null);
		assertThat(added(before, report, Figure.COLLECTED)).isEqualTo(5);
		assertThat(added(before, report, Figure.ASSIGNED)).isEqualTo(3);
		assertThat(added(before, report, Figure.REPLIED)).isEqualTo(2);
		assertThat(added(before, report, Figure.ACCEPTED)).isEqualTo(4);
		assertThat(added(before, report, Figure.CLOSED)).isEqualTo(2);
		assertThat(added(before, report, Figure.RESOLVED)).isEqualTo(1);
		assertThat(added(before, report, Figure.CLOSED_ON_TIME)).isEqualTo(2);
		assertThat(added(before, report, Figure.RATED)).isEqualTo(2);
		assertThat(added(before, report, Figure.SATISFIED)).isEqualTo(1);
		assertThat(added(before, report, Figure.CONTENT)).isEqualTo(2);
		// each rate is its numerator over its denominator, to one decimal
		for (OpinionStatistics.RateValue rate : report.rates()) {
			assertThat(rate.numerator()).isEqualTo(report.figures().get(rate.rate().numerator()));
			assertThat(rate.denominator()).isEqualTo(report.figures().get(rate.rate().denominator()));
			if (rate.denominator() > 0) {
				assertThat(rate.percent()).isEqualByComparingTo(BigDecimal.valueOf(rate.numerator() * 100)
					.divide(BigDecimal.valueOf(rate.denominator()), 1, java.math.RoundingMode.HALF_UP));
			}
		}

		this.mvc
			.perform(get("/api/v1/opinions").param("figure", "REPLIED")
				.param("region", "210881")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItems((int) solved, (int) explained)))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) declined))));
		this.mvc
			.perform(get("/api/v1/opinions/stats").param("region", "210881")
				.with(Staff.as(this.accounts, "office-210881")))
			.andExpect(jsonPath("$.figures.CLOSED").value((int) (long) report.figures().get(Figure.CLOSED)))
			.andExpect(jsonPath("$.rates[?(@.rate == 'SOLVED')].definition")
				.value(org.hamcrest.Matchers.hasItem(containsString("办结不等于解决"))));
		String page = this.mvc
			.perform(get("/opinions/stats").param("region", "210881").with(Staff.as(this.accounts, "office-210881")))
			.andExpect(content().string(containsString("figure-RESOLVED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/opinions?figure=RESOLVED&amp;region=210881");
		// another division's office sees none of 盖州's cases
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

	private static long added(OpinionStatistics.Report before, OpinionStatistics.Report after, Figure figure) {
		return after.figures().get(figure) - before.figures().get(figure);
	}

}
