package org.lianxin.legislation;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class MergeAndReportTests {

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

	@Autowired
	Merging merging;

	@Test
	void alike_opinions_are_suggested_merged_reported_in_the_word_report_and_each_giver_is_told_the_outcome_once()
			throws Exception {
		long id = gathering("合并报送征询", this.calendar.today().plusDays(20));
		long point = LegislativeFixtures.infoPoint(this.venues);
		String first = give(id, point, 3, "建议将学生资助制度扩大到全部中职学校学生", "13704170101");
		String second = give(id, point, 3, "建议学生资助制度扩大到中职学校的全部学生", "13704170102");
		give(id, point, 3, "职业学校应当公开收费标准", "13704170103");
		this.consultations.closeGathering(office(), id);
		this.mvc.perform(get("/legislation/consultations/{id}/opinions", id).param("article", "3").with(as()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合并这 2 条")));
		List<Long> alike = ids(id, "13704170101", "13704170102");
		this.mvc
			.perform(post("/legislation/consultations/{id}/merges", id).with(as())
				.with(csrf())
				.param("opinionIds", alike.get(0).toString(), alike.get(1).toString())
				.param("article", "3")
				.param("text", "建议将学生资助制度覆盖全部中职学校学生")
				.param("reason", "中职学生家庭经济困难比例较高"))
			.andExpect(flash().attribute("notice", "merge.done"));
		this.mvc.perform(post("/legislation/consultations/{id}/report", id).with(as()).with(csrf()))
			.andExpect(flash().attribute("notice", "report.done"));
		byte[] docx = this.mvc.perform(get("/legislation/consultations/{id}/report.docx", id).with(as()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String report = read(docx);
		assertThat(report)
			.contains("关于《合并报送征询》的意见汇总报告", "第三条　职业学校应当建立健全学生资助制度。", "1. 建议将学生资助制度覆盖全部中职学校学生（2 人提出）",
					"理由：中职学生家庭经济困难比例较高")
			.doesNotContain("公开收费标准");
		long merged = this.jdbc.sql("select id from legislation_merged_opinion where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/legislation/consultations/{id}/merged/{m}/answer", id, merged).with(as())
				.with(csrf())
				.param("outcome", "ADOPTED"))
			.andExpect(flash().attribute("notice", "merge.answered"));
		this.mvc
			.perform(post("/legislation/consultations/{id}/merged/{m}/answer", id, merged).with(as())
				.with(csrf())
				.param("outcome", "NOT_ADOPTED")
				.param("outcomeReason", "再答一次"))
			.andExpect(flash().attribute("problem", containsString("尚未报送")));
		for (long opinion : alike) {
			assertThat(this.jdbc.sql("select count(distinct message_key) from notification_outbox where reference = ?")
				.param("legislation opinion " + opinion)
				.query(Long.class)
				.single()).as("messages for opinion " + opinion).isEqualTo(1);
		}
		assertThat(stage(id)).isEqualTo("ANSWERED");
		this.mvc.perform(get("/v/{code}/legislation/opinions/{token}", this.venues.codeOf(point), first))
			.andExpect(content().string(containsString("已采纳")));
		this.mvc.perform(get("/v/{code}/legislation/opinions/{token}", this.venues.codeOf(point), second))
			.andExpect(content().string(containsString("已采纳")));
	}

	@Test
	void a_merge_across_two_consultations_is_refused_and_changes_nothing() throws Exception {
		long one = gathering("甲征询", this.calendar.today().plusDays(20));
		long other = gathering("乙征询", this.calendar.today().plusDays(20));
		long point = LegislativeFixtures.infoPoint(this.venues);
		give(one, point, 1, "甲的意见", "13704170201");
		give(other, point, 1, "乙的意见", "13704170202");
		this.consultations.closeGathering(office(), one);
		List<Long> both = List.of(ids(one, "13704170201").get(0), ids(other, "13704170202").get(0));
		this.mvc
			.perform(post("/legislation/consultations/{id}/merges", one).with(as())
				.with(csrf())
				.param("opinionIds", both.get(0).toString(), both.get(1).toString()))
			.andExpect(flash().attribute("problem", "只能归纳同一次征询中的意见"));
		assertThat(this.jdbc.sql("select count(*) from legislation_merged_opinion where consultation_id in (?, ?)")
			.params(one, other)
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("select count(*) from legislation_opinion where merged_into is not null and id in (?, ?)")
					.params(both.get(0), both.get(1))
					.query(Long.class)
					.single())
			.isZero();
	}

	@Test
	void a_report_after_the_deadline_needs_the_reason_it_is_late() throws Exception {
		var today = this.calendar.today();
		CurrentUser office = office();
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"CITY", "营口市人大常委会法工委", "逾期报送征询", today.minusDays(30), today.minusDays(1)));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		long point = LegislativeFixtures.infoPoint(this.venues);
		give(id, point, 2, "逾期的意见", "13704170301");
		this.consultations.closeGathering(office, id);
		this.mvc
			.perform(post("/legislation/consultations/{id}/merges", id).with(as())
				.with(csrf())
				.param("opinionIds", ids(id, "13704170301").get(0).toString()))
			.andExpect(flash().attribute("notice", "merge.done"));
		this.mvc.perform(post("/legislation/consultations/{id}/report", id).with(as()).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("已超过报送截止日期")));
		assertThat(stage(id)).isEqualTo("MERGING");
		this.mvc
			.perform(post("/legislation/consultations/{id}/report", id).with(as())
				.with(csrf())
				.param("lateReason", "省人大常委会同意延期三天"))
			.andExpect(flash().attribute("notice", "report.done"));
		assertThat(stage(id)).isEqualTo("REPORTED");
		this.mvc.perform(get("/legislation/consultations/{id}", id).with(as()))
			.andExpect(content().string(allOf(containsString("省人大常委会同意延期三天"), containsString("已报送"))));
	}

	/**
	 * A form sent twice at once: the second submit finds the merged opinion already saved
	 * by the first. The first's save is stood in for by a trigger that lets no update of
	 * that one row through (what the second's versioned update meets), so the clash
	 * happens every time without two threads.
	 */
	@Test
	void an_answer_sent_twice_at_once_tells_the_second_one_it_was_already_handled_and_changes_nothing()
			throws Exception {
		long id = gathering("重复提交的征询", this.calendar.today().plusDays(20));
		give(id, LegislativeFixtures.infoPoint(this.venues), 1, "重复提交的意见", "13704170909");
		this.consultations.closeGathering(office(), id);
		long merged = this.merging.merge(office(), id, ids(id, "13704170909"), null, null);
		this.merging.report(office(), id, null);
		this.jdbc.sql("""
				create function legislation_test_already_saved() returns trigger language plpgsql as $$
				begin return null; end $$""").update();
		this.jdbc
			.sql("create trigger legislation_test_already_saved before update on legislation_merged_opinion "
					+ "for each row when (old.id = " + merged + ") execute function legislation_test_already_saved()")
			.update();
		try {
			this.mvc
				.perform(post("/legislation/consultations/{id}/merged/{merged}/answer", id, merged).with(as())
					.with(csrf())
					.param("outcome", "ADOPTED"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("problem", containsString("重复提交")));
		}
		finally {
			this.jdbc.sql("drop trigger legislation_test_already_saved on legislation_merged_opinion").update();
			this.jdbc.sql("drop function legislation_test_already_saved()").update();
		}
		assertThat(this.jdbc.sql("select state from legislation_merged_opinion where id = ?")
			.param(merged)
			.query(String.class)
			.single()).isEqualTo("REPORTED");
	}

	private String give(long consultation, long point, int article, String text, String phone) {
		return this.opinions.give(new NewDraftOpinion(consultation, article, null, text, OpinionChannel.QR_PAGE, point,
				null, null, null, phone, null), null);
	}

	private List<Long> ids(long consultation, String... phones) {
		return java.util.Arrays.stream(phones)
			.map(phone -> this.jdbc
				.sql("select id from legislation_opinion where consultation_id = ? and phone_last4 = ?")
				.params(consultation, phone.substring(7))
				.query(Long.class)
				.single())
			.toList();
	}

	private long gathering(String title, java.time.LocalDate due) {
		CurrentUser office = office();
		long id = this.consultations.receive(office, new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"PROVINCIAL", "辽宁省人大常委会法工委", title, null, due));
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		return id;
	}

	private String stage(long id) {
		return this.jdbc.sql("select stage from legislation_consultation where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private static String read(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}

	private CurrentUser office() {
		return Staff.load(this.accounts, "office-210803");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as() {
		return Staff.as(this.accounts, "office-210803");
	}

}
