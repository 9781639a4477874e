package org.lianxin.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.ResultClass;
import org.lianxin.suggestion.internal.ContactMode;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionWorkflow;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestions' clocks on the real supervision watch: an assignment nobody signed for
 * and a promised item past its day each get one supervision notice per level, recorded in
 * the suggestion's history; the same day again issues nothing new.
 */
@LianxinTest
class SuggestionWatchTests {

	@Autowired
	Supervision supervision;

	@Autowired
	SuggestionFiling filing;

	@Autowired
	SuggestionWorkflow workflow;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_unsigned_assignment_and_a_late_promise_are_supervised_once_and_recorded() {
		CurrentUser deputy = Staff.load(this.accounts, "deputy-demo");
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		CurrentUser handler = Staff.load(this.accounts, "agency-210802");
		long agency = handler.scope().agencyId();
		LocalDate today = this.calendar.today();

		long unsigned = file(deputy, "督办：未签收的建议");
		this.workflow.register(office, unsigned);
		this.workflow.assign(office, unsigned, agency, Set.of());

		long promising = file(deputy, "督办：承诺事项逾期的建议");
		this.workflow.register(office, promising);
		this.workflow.assign(office, promising, agency, Set.of());
		this.workflow.sign(handler, promising);
		this.workflow.contact(handler, promising, ContactMode.PHONE, "电话沟通");
		LocalDate promiseDue = today.plusDays(10);
		this.workflow.reply(handler, promising,
				new Reply(ResultClass.B, "列入计划", "张局长", false, List.of(new ReplyItem("完成改造", promiseDue))));
		this.workflow.acceptReply(office, promising);
		long promise = this.jdbc.sql("select id from suggestion_promise where suggestion_id = ?")
			.param(promising)
			.query(Long.class)
			.single();

		LocalDate later = this.calendar.plusWorkingDays(promiseDue, 2);
		this.supervision.run(later, "SUGGESTION");
		this.supervision.run(later, "PROMISE");
		this.supervision.run(later, "SUGGESTION");
		this.supervision.run(later, "PROMISE");

		assertThat(notices("SUGGESTION", unsigned)).singleElement()
			.satisfies(n -> assertThat(n).startsWith("SUPERVISION"));
		assertThat(notices("PROMISE", promise)).singleElement().satisfies(n -> assertThat(n).startsWith("SUPERVISION"));
		assertThat(notices("SUGGESTION", promising)).isEmpty();
		assertThat(steps(unsigned)).contains("SUPERVISE");
		assertThat(this.jdbc.sql("select escalation_level from suggestion_promise where id = ?")
			.param(promise)
			.query(Integer.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql(
				"select count(*) from suggestion_history where suggestion_id = ? and action = 'SUPERVISE' and promise_id = ?")
			.params(promising, promise)
			.query(Long.class)
			.single()).isOne();
	}

	private long file(CurrentUser deputy, String title) {
		return this.filing
			.file(deputy, null, new SuggestionContent(title, "内容", SuggestionCategory.URBAN, 1, Period.RECESS),
					Set.of(), null, null)
			.id();
	}

	private List<String> notices(String subject, long id) {
		return this.jdbc.sql("select kind || ' ' || level from supervision_notice where subject = ? and subject_id = ?")
			.params(subject, id)
			.query(String.class)
			.list();
	}

	private List<String> steps(long id) {
		return this.jdbc.sql("select action from suggestion_history where suggestion_id = ? order by chain_seq")
			.param(id)
			.query(String.class)
			.list();
	}

}
