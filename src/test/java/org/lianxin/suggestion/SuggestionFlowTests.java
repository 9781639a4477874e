package org.lianxin.suggestion;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.suggestion.internal.ContactMode;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.PromiseKeeping;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionWorkflow;
import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A suggestion through the real services and database, from the deputy's filing to 办结,
 * with its promised item kept, its history chained, its scope held and its duty records
 * made once.
 */
@LianxinTest
@EnableScenarios
class SuggestionFlowTests {

	@Autowired
	SuggestionFiling filing;

	@Autowired
	SuggestionWorkflow workflow;

	@Autowired
	PromiseKeeping promises;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<SupervisedClocks> clocks;

	CurrentUser deputy;

	CurrentUser coSigner;

	CurrentUser office;

	CurrentUser handler;

	long coSignerId;

	@BeforeEach
	void people() {
		this.deputy = Staff.load(this.accounts, "deputy-demo");
		this.office = Staff.load(this.accounts, "office-210802");
		this.handler = Staff.load(this.accounts, "agency-210802");
		long wang = this.deputyAccounts.deputyOf(this.deputy.id()).orElseThrow();
		this.accounts.createIfAbsent(new NewStaffUser("deputy-cosign-test", "附议代表（测试）", "210802", null,
				DataScopeKind.OWN_RECORDS, Set.of("DEPUTY")), Staff.DEMO_PASSWORD, true);
		this.coSigner = Staff.load(this.accounts, "deputy-cosign-test");
		this.coSignerId = this.deputyAccounts.deputyOf(this.coSigner.id()).orElseGet(() -> {
			long other = this.jdbc
				.sql("""
						select s.deputy_id from deputy_seat_view s
						where s.congress_id = (select congress_id from deputy_seat_view where deputy_id = ? and ended_on is null)
						  and s.ended_on is null and s.deputy_id <> ?
						  and s.deputy_id not in (select deputy_id from deputy_account_view)
						order by s.deputy_id limit 1""")
				.params(wang, wang)
				.query(Long.class)
				.single();
			this.deputyAccounts.link(this.coSigner.id(), other);
			return other;
		});
	}

	static SuggestionContent content(String title) {
		return new SuggestionContent(title, "建议在站前区增设社区养老服务点，方便老人就近用餐。", SuggestionCategory.SOCIAL, 1, Period.RECESS);
	}

	@Test
	void a_suggestion_goes_from_the_deputys_filing_to_closed_with_its_promise_kept_and_its_history_chained() {
		long id = this.filing.file(this.deputy, null, content("关于增设社区养老服务点的建议"), Set.of(this.coSignerId), null, null)
			.id();
		this.filing.coSign(this.coSigner, id);
		this.workflow.register(this.office, id);
		long agency = this.handler.scope().agencyId();
		this.workflow.assign(this.office, id, agency, Set.of());
		this.workflow.sign(this.handler, id);
		this.workflow.contact(this.handler, id, ContactMode.IN_PERSON, "到代表单位面商");
		LocalDate due = this.calendar.today().plusMonths(2);
		this.workflow.reply(this.handler, id,
				new Reply(ResultClass.B, "已列入年度计划", "张局长", true, List.of(new ReplyItem("建成两处养老服务点", due))));
		this.workflow.acceptReply(this.office, id);
		this.workflow.rate(this.deputy, id, Satisfaction.SATISFIED, Satisfaction.SATISFIED);
		this.workflow.rate(this.coSigner, id, Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED);
		assertThatThrownBy(() -> this.workflow.close(this.office, id, null))
			.hasMessage("suggestion.close.promises-open");

		long promise = this.jdbc.sql("select id from suggestion_promise where suggestion_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.promises.report(this.handler, promise, true, "两处服务点已投入使用", null);
		this.promises.confirm(this.deputy, promise, true);
		this.workflow.close(this.office, id, null);

		assertThat(status(id)).isEqualTo("CLOSED");
		assertThat(this.jdbc.sql("select serial_number from suggestion where id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select action from suggestion_history where suggestion_id = ? order by chain_seq")
			.param(id)
			.query(String.class)
			.list()).containsExactly("FILE", "CO_SIGN", "REGISTER", "ASSIGN", "SIGN", "CONTACT", "REPLY", "REVIEW",
					"RATE", "RATE", "PROMISE_REPORT", "PROMISE_CONFIRM", "CLOSE");
		assertThat(this.jdbc.sql("""
				select count(*) from suggestion_history_chain_view where chain_key = ? and computed_hash <> row_hash""")
			.param(String.valueOf(id))
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> this.jdbc.sql("update suggestion_history set note = 'x' where suggestion_id = ?")
			.param(id)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void a_co_signer_from_another_congress_is_refused_and_nothing_is_written() {
		long outsider = this.jdbc.sql("""
				select deputy_id from deputy_seat_view where ended_on is null and deputy_id not in (
				  select deputy_id from deputy_seat_view where congress_id in (
				    select congress_id from deputy_seat_view where deputy_id = ? and ended_on is null))
				order by deputy_id limit 1""")
			.param(this.deputyAccounts.deputyOf(this.deputy.id()).orElseThrow())
			.query(Long.class)
			.single();
		long before = this.jdbc.sql("select count(*) from suggestion").query(Long.class).single();
		assertThatThrownBy(() -> this.filing.file(this.deputy, null, content("跨届附议"), Set.of(outsider), null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("suggestion.co-signer.other-congress");
		assertThat(this.jdbc.sql("select count(*) from suggestion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void another_divisions_office_and_agency_do_not_see_the_suggestion() {
		long id = this.filing.file(this.deputy, null, content("范围测试建议"), Set.of(), null, null).id();
		CurrentUser otherOffice = Staff.load(this.accounts, "office-210803");
		CurrentUser otherAgency = Staff.load(this.accounts, "agency-210803");
		assertThat(this.workflow.visible(this.office, id)).isTrue();
		assertThat(this.workflow.visible(otherOffice, id)).isFalse();
		assertThatThrownBy(() -> this.workflow.register(otherOffice, id)).isInstanceOf(NotFoundException.class);
		this.workflow.register(this.office, id);
		this.workflow.assign(this.office, id, this.handler.scope().agencyId(), Set.of());
		assertThat(this.workflow.visible(this.handler, id)).isTrue();
		assertThat(this.workflow.visible(otherAgency, id)).isFalse();
	}

	@Test
	void a_retried_filing_under_the_same_key_finds_the_first_and_another_body_is_refused() {
		SuggestionFiling.Filed first = this.filing.file(this.deputy, null, content("幂等测试建议"), Set.of(), "key-1", "h1");
		SuggestionFiling.Filed again = this.filing.file(this.deputy, null, content("幂等测试建议"), Set.of(), "key-1", "h1");
		assertThat(again).isEqualTo(new SuggestionFiling.Filed(first.id(), true));
		assertThatThrownBy(() -> this.filing.file(this.deputy, null, content("另一条"), Set.of(), "key-1", "h2"))
			.hasMessage("suggestion.idempotency.conflict");
	}

	@Test
	void filing_and_co_signing_each_give_the_deputy_one_duty_record_however_often_delivered(Scenario scenario) {
		AtomicLong id = new AtomicLong();
		scenario.stimulate(() -> {
			id.set(this.filing.file(this.deputy, null, content("履职记录测试建议"), Set.of(this.coSignerId), null, null).id());
			this.filing.coSign(this.coSigner, id.get());
		})
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> records("suggestion:" + id.get() + "%"), rows -> rows == 2)
			.andVerify(rows -> assertThat(rows).isEqualTo(2));
		long lead = this.deputyAccounts.deputyOf(this.deputy.id()).orElseThrow();
		scenario.publish(new SuggestionFiled(id.get(), lead, 1, "履职记录测试建议", this.calendar.today()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> new ListenerRuns(this.jdbc).completed("SuggestionsAsDutyRecords", "suggestionId", id.get()),
					runs -> runs >= 3)
			.andVerify(runs -> assertThat(records("suggestion:" + id.get() + "%")).isEqualTo(2));
		assertThat(this.jdbc.sql("""
				select x.deputy_id from duty_record r join duty_record_deputy x on x.record_id = r.id
				where r.source_ref like ? order by r.source_ref""")
			.param("suggestion:" + id.get() + "%")
			.query(Long.class)
			.list()).containsExactly(lead, this.coSignerId);
	}

	/** A suggestion filed, registered, assigned to the demo agency and signed for. */
	long signedFor(String title) {
		long id = this.filing.file(this.deputy, null, content(title), Set.of(), null, null).id();
		this.workflow.register(this.office, id);
		this.workflow.assign(this.office, id, this.handler.scope().agencyId(), Set.of());
		this.workflow.sign(this.handler, id);
		return id;
	}

	@Test
	void an_overdue_stage_is_escalated_once_and_not_after_the_suggestion_moved_on() {
		long id = this.filing.file(this.deputy, null, content("督办测试建议"), Set.of(), null, null).id();
		this.workflow.register(this.office, id);
		this.workflow.assign(this.office, id, this.handler.scope().agencyId(), Set.of());
		Clock clock = this.clocks.stream()
			.filter(c -> c.subject().equals("SUGGESTION"))
			.findFirst()
			.orElseThrow()
			.dueBy(this.calendar.today().plusYears(1), id - 1, 1)
			.get(0);
		SupervisedClocks suggestions = byName("SUGGESTION");
		assertThat(clock.subjectId()).isEqualTo(id);
		assertThat(clock.stage()).isEqualTo("ASSIGNED");
		assertThat(clock.agencyId()).isEqualTo(this.handler.scope().agencyId());
		assertThat(suggestions.escalate(clock, 1, 2)).isTrue();
		assertThat(suggestions.escalate(clock, 1, 2)).isFalse();
		this.workflow.sign(this.handler, id);
		assertThat(suggestions.escalate(clock, 2, 5)).isFalse();
		assertThat(
				this.jdbc.sql("select level from suggestion_history where suggestion_id = ? and action = 'SUPERVISE'")
					.param(id)
					.query(Integer.class)
					.list())
			.containsExactly(1);
		assertThat(suggestions.pathOf(id)).isEqualTo("/suggestions/" + id);
	}

	@Test
	void a_promised_item_past_its_day_is_on_the_watch_until_reported_done() {
		long id = signedFor("承诺事项督办测试");
		this.workflow.contact(this.handler, id, ContactMode.PHONE, "电话沟通");
		LocalDate due = this.calendar.today().plusDays(10);
		this.workflow.reply(this.handler, id,
				new Reply(ResultClass.C, "待条件成熟", "张局长", false, List.of(new ReplyItem("完成选址", due))));
		this.workflow.acceptReply(this.office, id);
		SupervisedClocks promises = byName("PROMISE");
		assertThat(promises.dueBy(due.minusDays(1), 0, 100000)).noneMatch(c -> c.subjectId() == promiseOf(id));
		Clock clock = promises.dueBy(due, 0, 100000)
			.stream()
			.filter(c -> c.subjectId() == promiseOf(id))
			.findFirst()
			.orElseThrow();
		assertThat(clock.dueOn()).isEqualTo(due);
		assertThat(promises.escalate(clock, 1, 1)).isTrue();
		assertThat(this.jdbc
			.sql("select promise_id from suggestion_history where suggestion_id = ? and action = 'SUPERVISE'")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(promiseOf(id));
		this.promises.report(this.handler, promiseOf(id), true, "选址完成", null);
		assertThat(promises.dueBy(due, 0, 100000)).noneMatch(c -> c.subjectId() == promiseOf(id));
		assertThat(promises.pathOf(promiseOf(id))).isEqualTo("/suggestions/" + id);
	}

	private long promiseOf(long id) {
		return this.jdbc.sql("select id from suggestion_promise where suggestion_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private SupervisedClocks byName(String subject) {
		return this.clocks.stream().filter(c -> c.subject().equals(subject)).findFirst().orElseThrow();
	}

	private long records(String source) {
		return this.jdbc.sql("select count(*) from duty_record where source_ref like ?")
			.param(source)
			.query(Long.class)
			.single();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from suggestion where id = ?").param(id).query(String.class).single();
	}

}
