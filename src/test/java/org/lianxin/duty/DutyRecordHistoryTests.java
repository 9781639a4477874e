package org.lianxin.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.internal.DutyRecordEntry;
import org.lianxin.duty.internal.NewDutyRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every move of a duty record is kept: who, when, from which state to which and why, in a
 * history nobody rewrites; the API shows it with the record.
 */
@LianxinTest
class DutyRecordHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DutyRecordEntry entry;

	@Autowired
	JdbcClient jdbc;

	record Move(String fromState, String toState, Long changedBy, OffsetDateTime changedAt, String reason) {
	}

	@Test
	void a_record_returned_with_a_reason_and_one_verified_keep_each_move_with_who_and_why() throws Exception {
		long deputy = Staff.load(this.accounts, "deputy-demo").id();
		long office = Staff.load(this.accounts, "office-210802").id();
		int returned = enter("history-returned", "履历测试：退回的记录");
		this.mvc
			.perform(as("office-210802", post("/api/v1/duty/records/" + returned + "/return"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"缺少照片\"}"))
			.andExpect(status().isOk());
		int verified = enter("history-verified", "履历测试：通过的记录");
		this.mvc.perform(as("office-210802", post("/api/v1/duty/records/" + verified + "/verify")))
			.andExpect(status().isOk());

		assertThat(historyOf(returned)).extracting(Move::fromState, Move::toState, Move::changedBy, Move::reason)
			.containsExactly(tuple(null, "SUBMITTED", deputy, null), tuple("SUBMITTED", "RETURNED", office, "缺少照片"));
		assertThat(historyOf(verified)).extracting(Move::fromState, Move::toState, Move::changedBy, Move::reason)
			.containsExactly(tuple(null, "SUBMITTED", deputy, null), tuple("SUBMITTED", "VERIFIED", office, null));
		assertThat(historyOf(returned)).allSatisfy(move -> assertThat(move.changedAt()).isNotNull());

		this.mvc.perform(as("deputy-demo", get("/api/v1/duty/records/" + returned)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.title").value("履历测试：退回的记录"))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[0].to").value("SUBMITTED"))
			.andExpect(jsonPath("$.history[1].from").value("SUBMITTED"))
			.andExpect(jsonPath("$.history[1].to").value("RETURNED"))
			.andExpect(jsonPath("$.history[1].byId").value(office))
			.andExpect(jsonPath("$.history[1].why").value("缺少照片"));
	}

	@Test
	void a_record_an_event_made_keeps_its_making_correction_and_withdrawal() {
		long wang = this.jdbc.sql("select id from deputy where name = '王秀英' order by id limit 1")
			.query(Long.class)
			.single();
		LocalDate day = LocalDate.now(this.clock).minusDays(2);
		String source = "history-event:1:" + wang;
		long id = this.entry.createFromEvent(wang, event(day, "履历测试：活动", source)).orElseThrow();
		this.entry.createFromEvent(wang, event(day, "履历测试：活动（更正）", source));
		this.entry.withdrawFromEvent(source);

		assertThat(this.jdbc.sql("select count(*) from duty_record where id = ?").param(id).query(Long.class).single())
			.isZero();
		assertThat(historyOf(id)).extracting(Move::fromState, Move::toState, Move::changedBy, Move::reason)
			.containsExactly(tuple(null, "SUBMITTED", null, "history-event"),
					tuple("SUBMITTED", "SUBMITTED", null, "history-event"),
					tuple("SUBMITTED", "WITHDRAWN", null, "history-event"));
	}

	@Test
	void every_record_the_app_entered_has_a_history() {
		// records tests write straight into the table (no one, no source) are not the
		// app's
		assertThat(this.jdbc.sql("""
				select count(*) from duty_record r
				where (r.created_by is not null or r.source_ref is not null)
				  and not exists (select 1 from duty_record_history h where h.record_id = r.id)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from duty_record_history").query(Long.class).single()).isPositive();
	}

	@Test
	void the_history_of_records_refuses_to_be_rewritten_or_deleted() {
		assertThatThrownBy(() -> this.jdbc.sql("update duty_record_history set reason = null").update())
			.hasMessageContaining("duty_record_history is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from duty_record_history").update())
			.hasMessageContaining("duty_record_history is append-only");
	}

	private List<Move> historyOf(long id) {
		return this.jdbc.sql("""
				select from_state, to_state, changed_by, changed_at, reason from duty_record_history
				where record_id = ? order by id""").param(id).query(Move.class).list();
	}

	private int enter(String key, String title) throws Exception {
		String body = """
				{"type":"CONTACTING_VOTERS","date":"%s","title":"%s"}"""
			.formatted(LocalDate.now(this.clock).minusDays(1), title);
		String created = this.mvc
			.perform(as("deputy-demo", post("/api/v1/duty/records")).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private static NewDutyRecord event(LocalDate day, String title, String source) {
		return new NewDutyRecord("CONTACTING_VOTERS", day, "八田地街道代表联络站", title, null, List.of(), List.of(), source);
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, username)).with(csrf());
	}

}
