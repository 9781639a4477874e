package org.lianxin.opinion;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.internal.IdempotencyConflictException;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LianxinTest
class OpinionWorkflowTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	static Submission citizen(String region, String description, String key) {
		return new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", region, null, null, description, "胜利街口", null,
				null, "张先生", "13904170001", null, true, false, List.of(), null, null, key, "fp-" + key);
	}

	@Test
	void a_case_goes_round_the_whole_loop_and_every_step_is_in_its_history() {
		Receipt receipt = this.intake.submit(citizen("210802001", "胜利街路灯不亮已一周", null));
		CurrentUser office = user("office-210802");
		CurrentUser handler = user("agency-210802");
		long agency = handler.scope().agencyId();

		this.workflow.assign(office, receipt.id(), agency, Set.of(), "请尽快维修");
		this.workflow.sign(handler, receipt.id());
		this.workflow.reply(handler, receipt.id(), ResultClass.A, "已更换灯具，恢复照明");
		this.workflow.feedback(office, receipt.id(), ContactChannel.PHONE, "已电话告知答复内容");
		this.workflow.visit(office, receipt.id(), Satisfaction.SATISFIED, ContactChannel.PHONE, "群众满意");
		this.workflow.close(office, receipt.id(), null);

		assertThat(this.jdbc.sql("select status from opinion where id = ?")
			.param(receipt.id())
			.query(String.class)
			.single()).isEqualTo("CLOSED");
		assertThat(this.jdbc.sql("select action from opinion_history where opinion_id = ? order by id")
			.param(receipt.id())
			.query(String.class)
			.list()).containsExactly("SUBMIT", "ASSIGN", "SIGN", "REPLY", "FEEDBACK", "VISIT", "CLOSE");
		assertThat(this.jdbc.sql("select actor from opinion_history where opinion_id = ? and action = 'REPLY'")
			.param(receipt.id())
			.query(String.class)
			.single()).isEqualTo("agency-210802");
	}

	@Test
	void the_history_cannot_be_changed_or_deleted() {
		Receipt receipt = this.intake.submit(citizen("210802001", "历史不可篡改", null));
		assertThatThrownBy(() -> this.jdbc.sql("update opinion_history set note = 'x' where opinion_id = ?")
			.param(receipt.id())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from opinion_history where opinion_id = ?").param(receipt.id()).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void another_agency_can_neither_see_nor_act_on_the_case() {
		Receipt receipt = this.intake.submit(citizen("210804002", "海星街道垃圾清运不及时", null));
		CurrentUser office = user("office-210804");
		CurrentUser handler = user("agency-210804");
		this.workflow.assign(office, receipt.id(), handler.scope().agencyId(), Set.of(), null);

		CurrentUser otherAgency = user("agency-210802");
		assertThat(this.workflow.visible(otherAgency, receipt.id())).isFalse();
		assertThatThrownBy(() -> this.workflow.sign(otherAgency, receipt.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.workflow.visible(handler, receipt.id())).isTrue();
	}

	@Test
	void an_office_cannot_see_another_divisions_case_and_cannot_assign_outside_its_agencies() {
		Receipt receipt = this.intake.submit(citizen("210804002", "鲅鱼圈区某小区供暖不热", null));
		CurrentUser otherOffice = user("office-210802");
		assertThat(this.workflow.visible(otherOffice, receipt.id())).isFalse();
		CurrentUser office = user("office-210804");
		long agencyElsewhere = user("agency-210802").scope().agencyId();
		assertThatThrownBy(() -> this.workflow.assign(office, receipt.id(), agencyElsewhere, Set.of(), null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("opinion.agency.invalid");
	}

	@Test
	void a_handler_cannot_triage_and_an_office_cannot_sign_for_an_agency() {
		Receipt receipt = this.intake.submit(citizen("210802001", "权限测试", null));
		CurrentUser handler = user("agency-210802");
		assertThatThrownBy(() -> this.workflow.decline(handler, receipt.id(), "不受理"))
			.isInstanceOf(AccessDeniedException.class);
		CurrentUser office = user("office-210802");
		this.workflow.assign(office, receipt.id(), handler.scope().agencyId(), Set.of(), null);
		assertThatThrownBy(() -> this.workflow.sign(office, receipt.id())).hasMessage("opinion.not-lead");
	}

	@Test
	void a_retried_submission_finds_the_first_case_and_a_different_body_under_the_same_key_is_refused() {
		Receipt first = this.intake.submit(citizen("210802001", "重复提交测试", "retry-key-1"));
		Receipt again = this.intake.submit(citizen("210802001", "重复提交测试", "retry-key-1"));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.replayed()).isTrue();
		assertThat(again.linkToken()).isEqualTo(first.linkToken());
		Submission different = new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "另一件事",
				null, null, null, null, "13904170001", null, false, false, List.of(), null, null, "retry-key-1",
				"another-fingerprint");
		assertThatThrownBy(() -> this.intake.submit(different)).isInstanceOf(IdempotencyConflictException.class);
		assertThat(this.jdbc.sql("select count(*) from opinion where description = '另一件事'").query(Long.class).single())
			.isZero();
	}

	@Test
	void bad_submissions_are_refused_with_the_field_at_fault_and_nothing_is_written() {
		long before = this.jdbc.sql("select count(*) from opinion").query(Long.class).single();
		assertRefused(new Submission(IntakeChannel.WEB, "NO_SUCH", "210802001", null, null, "x", null, null, null, null,
				"13904170001", null, false, false, List.of(), null, null, null, null), "categoryCode");
		assertRefused(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "999999", null, null, "x", null, null,
				null, null, "13904170001", null, false, false, List.of(), null, null, null, null), "regionCode");
		assertRefused(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "x", null, null,
				null, null, "", null, false, false, List.of(), null, null, null, null), "phone");
		assertRefused(
				new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "x".repeat(2001), null,
						null, null, null, "13904170001", null, false, false, List.of(), null, null, null, null),
				"description");
		assertRefused(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "x", null, null,
				null, null, "13904170001", null, false, false, List.of("GIF89a not a photo".getBytes()), null, null,
				null, null), "photos");
		assertThat(this.jdbc.sql("select count(*) from opinion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void an_environment_case_may_be_anonymous() {
		Receipt receipt = this.intake.submit(new Submission(IntakeChannel.WEB, "ENVIRONMENT", "210802001", null, null,
				"夜间施工噪声扰民", null, null, null, null, null, null, false, false, List.of(), null, null, null, null));
		assertThat(this.jdbc.sql("select phone_cipher from opinion where id = ?")
			.param(receipt.id())
			.query(String.class)
			.optional()).isEmpty();
	}

	private void assertRefused(Submission submission, String field) {
		assertThatThrownBy(() -> this.intake.submit(submission)).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo(field));
	}

	private CurrentUser user(String username) {
		return Staff.load(this.accounts, username);
	}

}
