package org.lianxin.legislation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class UndoMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	Consultations consultations;

	@Autowired
	DraftOpinions opinions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_merge_undone_before_the_report_returns_its_opinions_to_be_sorted_and_the_history_keeps_the_step()
			throws Exception {
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"撤销合并征询");
		List<Long> sources = List.of(give(id, "建议扩大学生资助范围"), give(id, "建议学生资助范围再扩大些"));
		this.consultations.closeGathering(Staff.load(this.accounts, "office-210803"), id);
		long merged = merge(id, sources);
		assertThat(unmerged(sources)).isZero();

		this.mvc.perform(post("/legislation/consultations/{id}/merged/{m}/undo", id, merged).with(as()).with(csrf()))
			.andExpect(flash().attribute("notice", "merge.undone"));

		assertThat(unmerged(sources)).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from legislation_merged_opinion where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select reason from legislation_consultation_history where consultation_id = ?")
			.param(id)
			.query(String.class)
			.list()).anyMatch(reason -> reason != null && reason.startsWith("撤销合并（2 条意见退回待整理）"));
		// sorted again: the same opinions can be merged anew
		merge(id, sources);
	}

	@Test
	void a_merge_reported_upward_cannot_be_undone_and_stays_as_it_went() throws Exception {
		long id = LegislativeFixtures.gathering(this.accounts, this.consultations, this.venues, this.calendar,
				"已报送撤销征询");
		List<Long> sources = List.of(give(id, "建议明确主管部门"), give(id, "建议明确主管部门的职责"));
		this.consultations.closeGathering(Staff.load(this.accounts, "office-210803"), id);
		long merged = merge(id, sources);
		this.mvc.perform(post("/legislation/consultations/{id}/report", id).with(as()).with(csrf()))
			.andExpect(flash().attribute("notice", "report.done"));

		this.mvc.perform(post("/legislation/consultations/{id}/merged/{m}/undo", id, merged).with(as()).with(csrf()))
			.andExpect(flash().attribute("problem", "意见已报送立法机关，不能再撤销合并"));
		this.mvc
			.perform(post("/api/v1/legislation/consultations/{id}/merged/{m}/undo", id, merged)
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().is4xxClientError());

		assertThat(unmerged(sources)).isZero();
	}

	private long give(long consultation, String text) {
		String token = this.opinions.give(new NewDraftOpinion(consultation, 2, null, text, OpinionChannel.QR_PAGE,
				LegislativeFixtures.infoPoint(this.venues), null, null, null,
				"1370417" + String.format("%04d", Math.abs(text.hashCode()) % 10_000), null), null);
		return this.jdbc.sql("select id from legislation_opinion where tracking_token = ?")
			.param(token)
			.query(Long.class)
			.single();
	}

	private long merge(long id, List<Long> sources) throws Exception {
		this.mvc
			.perform(post("/legislation/consultations/{id}/merges", id).with(as())
				.with(csrf())
				.param("opinionIds", sources.get(0).toString(), sources.get(1).toString())
				.param("article", "2"))
			.andExpect(flash().attribute("notice", "merge.done"));
		return this.jdbc.sql("select merged_into from legislation_opinion where id = ?")
			.param(sources.get(0))
			.query(Long.class)
			.single();
	}

	private long unmerged(List<Long> ids) {
		return this.jdbc.sql("select count(*) from legislation_opinion where merged_into is null and id in (?, ?)")
			.params(ids.get(0), ids.get(1))
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as() {
		return Staff.as(this.accounts, "office-210803");
	}

}
