package org.lianxin.oversight;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.Meeting;
import org.lianxin.ledger.internal.MeetingKind;
import org.lianxin.oversight.internal.DeliberationOpinions;
import org.lianxin.oversight.internal.DeliberationRating;
import org.lianxin.oversight.internal.NewDeliberation;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deliberation opinions (审议意见) on a report the standing committee heard: numbered items
 * each with a unit and deadline, the letter, the receipt, answers item by item by each
 * item's own unit, the committee's rating; the receipt and the unanswered items under the
 * supervision watch; the ledger's report linking to its opinion.
 */
@LianxinTest
class DeliberationOpinionTests {

	static final String OFFICE = "office-210804";

	static final String UNIT = "agency-210804";

	@Autowired
	DeliberationOpinions opinions;

	@Autowired
	LedgerBook ledger;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	Supervision supervision;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser office;

	CurrentUser unitUser;

	long unit;

	long court;

	LocalDate today;

	@BeforeEach
	void division() {
		this.office = Staff.load(this.accounts, OFFICE);
		this.unitUser = Staff.load(this.accounts, UNIT);
		this.unit = this.unitUser.scope().agencyId();
		this.court = this.jdbc.sql("select id from agency_view where code = '210804-FY'").query(Long.class).single();
		this.today = this.calendar.today();
	}

	/** A standing-committee meeting of the office that heard one special work report. */
	long meetingWithReport(String report) {
		int session = 500 + (int) (System.nanoTime() % 400);
		return this.ledger.record(this.office, new Meeting.NewMeeting(MeetingKind.STANDING_COMMITTEE, 10, session,
				this.today, "听取和审议专项工作报告", 20, List.of(report)));
	}

	NewDeliberation onReport(long meeting, String report, LocalDate firstDue, LocalDate secondDue) {
		return new NewDeliberation(meeting, 1, null, report, "关于校园食品安全工作情况报告的审议意见", this.unit,
				List.of(new NewDeliberation.Item("建立校园食堂“5+5”常态化监管机制", this.unit, firstDue),
						new NewDeliberation.Item("加强涉校食品安全案件的审判指导", this.court, secondDue)));
	}

	long opinionCount() {
		return this.jdbc.sql("select count(*) from deliberation_opinion").query(Long.class).single();
	}

	@Test
	void an_opinion_goes_out_as_a_letter_is_received_answered_item_by_item_by_each_unit_and_rated() throws Exception {
		String report = "关于全区校园食品安全工作情况的报告";
		long meeting = meetingWithReport(report);
		long id = this.opinions.draft(this.office,
				onReport(meeting, report, this.today.plusDays(30), this.today.plusDays(40)));
		this.mvc.perform(get("/ledger/reports").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(content().string(containsString("/oversight/deliberations/" + id)));

		assertThatThrownBy(() -> this.opinions.receive(this.unitUser, id, "张三"))
			.hasFieldOrPropertyWithValue("messageKey", "deliberation.state.not-sent");
		this.opinions.send(this.office, id, "鲅人大常函〔2026〕3号");
		this.opinions.receive(this.unitUser, id, "张三");
		assertThatThrownBy(() -> this.opinions.answer(this.unitUser, id, 2, "不是本单位的"))
			.hasFieldOrPropertyWithValue("messageKey", "deliberation.item.not-yours");
		this.opinions.answer(this.unitUser, id, 1, "已建立“5+5”机制，覆盖43所学校");
		assertThatThrownBy(() -> this.opinions.rate(this.office, id, DeliberationRating.SATISFIED, null))
			.hasFieldOrPropertyWithValue("messageKey", "deliberation.state.not-answered");
		this.mvc
			.perform(post("/api/v1/oversight/deliberations/{id}/items/2/answer", id)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"已下发审判指导意见\"}")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opinion.row.state").value("ANSWERED"));
		this.mvc
			.perform(post("/oversight/deliberations/{id}/rating", id).param("rating", "BASICALLY_SATISFIED")
				.param("note", "机制已建立，需持续跟踪")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deliberation.rated"));

		assertThat(this.jdbc
			.sql("select to_state from deliberation_opinion_history where opinion_id = ? order by chain_seq")
			.param(id)
			.query(String.class)
			.list()).containsExactly("DRAFTED", "SENT", "RECEIVED", "RECEIVED", "ANSWERED", "RATED");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from deliberation_opinion_history where opinion_id = ?").param(id).update())
			.hasMessageContaining("append-only");

		byte[] letter = this.mvc
			.perform(get("/oversight/deliberations/{id}/letter.docx", id).with(Staff.as(this.accounts, UNIT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(letter)))) {
			assertThat(text.getText()).contains("审议意见函", "鲅人大常函〔2026〕3号", "1. 建立校园食堂“5+5”常态化监管机制", "责任单位：鲅鱼圈区人民法院",
					"回　执", "签收人：张三");
		}
	}

	@Test
	void an_item_without_a_unit_or_deadline_is_refused_naming_it_and_nothing_is_written() throws Exception {
		long meeting = meetingWithReport("关于养老助餐工作情况的报告");
		long before = opinionCount();
		NewDeliberation missing = new NewDeliberation(meeting, 1, null, "关于养老助餐工作情况的报告", "审议意见", this.unit,
				List.of(new NewDeliberation.Item("扩大助餐点覆盖", this.unit, this.today.plusDays(30)),
						new NewDeliberation.Item("规范老年食堂运营", null, null)));
		assertThatThrownBy(() -> this.opinions.draft(this.office, missing)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.each()).extracting(RuleViolationException::messageKey)
					.containsExactly("deliberation.item.incomplete"));
		this.mvc
			.perform(post("/oversight/deliberations").param("meetingId", String.valueOf(meeting))
				.param("reportNumber", "1")
				.param("sourceTitle", "关于养老助餐工作情况的报告")
				.param("title", "审议意见")
				.param("agencyId", String.valueOf(this.unit))
				.param("itemText", "扩大助餐点覆盖", "规范老年食堂运营")
				.param("itemAgency", String.valueOf(this.unit), String.valueOf(this.unit))
				.param("itemDue", this.today.plusDays(30).toString(), "")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("第2条须写明意见内容、责任单位和办理期限")));
		this.mvc
			.perform(post("/api/v1/oversight/deliberations").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"meetingId":%d,"reportNumber":1,"sourceTitle":"报告","title":"审议意见","agencyId":%d,
						 "items":[{"text":"无期限","agencyId":%d}]}""".formatted(meeting, this.unit, this.unit))
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("第1条须写明")));
		assertThat(opinionCount()).isEqualTo(before);
	}

	@Test
	void an_opinion_on_another_division_s_meeting_or_on_a_report_the_meeting_did_not_hear_is_refused() {
		long foreign = this.jdbc
			.sql("select meeting_id from ledger_meeting_report_view where region_code <> ? order by meeting_id limit 1")
			.param(this.office.regionCode())
			.query(Long.class)
			.single();
		long own = meetingWithReport("关于法治政府建设情况的报告");
		long before = opinionCount();
		for (NewDeliberation wrong : List.of(
				onReport(foreign, "别处的报告", this.today.plusDays(30), this.today.plusDays(40)),
				new NewDeliberation(own, 2, null, "没有听取的第二个报告", "审议意见", this.unit,
						List.of(new NewDeliberation.Item("一条意见", this.unit, this.today.plusDays(30)))))) {
			assertThatThrownBy(() -> this.opinions.draft(this.office, wrong))
				.hasMessage("deliberation.source.required");
		}
		assertThat(opinionCount()).isEqualTo(before);
	}

	@Test
	void the_receipt_then_the_earliest_unanswered_item_are_supervised_and_a_new_deadline_starts_again() {
		String report = "关于安全生产工作情况的报告";
		LocalDate firstDue = this.calendar.plusWorkingDays(this.today, 10);
		LocalDate secondDue = this.calendar.plusWorkingDays(this.today, 20);
		long id = this.opinions.draft(this.office, onReport(meetingWithReport(report), report, firstDue, secondDue));
		this.opinions.send(this.office, id, "鲅人大常函〔2026〕4号");
		LocalDate receiptDue = this.calendar.plusWorkingDays(this.today, DeliberationOpinions.RECEIPT_WORKING_DAYS);

		this.supervision.run(this.calendar.plusWorkingDays(receiptDue, 2), "DELIBERATION");
		this.supervision.run(this.calendar.plusWorkingDays(receiptDue, 2), "DELIBERATION");
		this.opinions.receive(this.office, id, "李四");
		this.supervision.run(this.calendar.plusWorkingDays(firstDue, 2), "DELIBERATION");
		this.opinions.answer(this.unitUser, id, 1, "已落实");
		this.supervision.run(this.calendar.plusWorkingDays(secondDue, 2), "DELIBERATION");

		assertThat(this.jdbc.sql("""
				select stage || ':' || kind || ':' || level || ':' || agency_id || ':' || due_on from supervision_notice
				where subject = 'DELIBERATION' and subject_id = ? order by id""").param(id).query(String.class).list())
			.containsExactly("SENT:SUPERVISION:1:" + this.unit + ":" + receiptDue,
					"RECEIVED:SUPERVISION:1:" + this.unit + ":" + firstDue,
					"RECEIVED:SUPERVISION:1:" + this.court + ":" + secondDue);
		assertThat(
				this.jdbc.sql("select count(*) from deliberation_opinion_history where opinion_id = ? and note like ?")
					.params(id, "督办%")
					.query(Long.class)
					.single())
			.isEqualTo(3);
	}

	@Test
	void another_division_and_a_unit_not_concerned_do_not_see_an_opinion() throws Exception {
		String report = "关于法治政府建设情况的报告";
		long id = this.opinions.draft(this.office,
				onReport(meetingWithReport(report), report, this.today.plusDays(30), this.today.plusDays(30)));
		this.mvc.perform(get("/oversight/deliberations/{id}", id).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/oversight/deliberations/{id}", id).with(Staff.as(this.accounts, "agency-210811")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/oversight/deliberations/{id}", id).with(Staff.as(this.accounts, UNIT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建立校园食堂“5+5”常态化监管机制")));
	}

	@Test
	void a_unit_sees_an_opinion_addressed_to_the_court_when_one_of_its_items_is_the_units_own() throws Exception {
		String report = "关于涉校案件审判工作情况的报告";
		long meeting = meetingWithReport(report);
		long id = this.opinions.draft(this.office,
				new NewDeliberation(meeting, 1, null, report, "关于涉校案件审判工作的审议意见", this.court,
						List.of(new NewDeliberation.Item("加强涉校案件审判指导", this.court, this.today.plusDays(30)),
								new NewDeliberation.Item("配合开展法治进校园", this.unit, this.today.plusDays(30)))));
		this.mvc.perform(get("/api/v1/oversight/deliberations").with(Staff.as(this.accounts, UNIT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem((int) id)));
		this.mvc.perform(get("/api/v1/oversight/deliberations").with(Staff.as(this.accounts, "agency-210811")))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id))));
	}

}
