package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.supervision.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An issue item's lifecycle, every legal and illegal step: it closes only after a
 * reviewer's check, and the follow-up visit falls due after closing.
 */
class IssueItemTests {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	static final long UNIT = 7;

	static IssueItem listed() {
		return IssueItem.list(new NewIssueItem("鲅鱼圈港3号码头", "消防通道堆放货物", "现场照片2张", "《安全生产法》第二十八条", UNIT, "清理通道并建立巡查制度",
				TODAY.plusDays(30), 60), 1, "210804", TODAY, List.of(), 9L, null, null);
	}

	static IssueItem reported() {
		return listed().reportRectification("已清理通道，制定巡查制度", List.of(), TODAY.plusDays(3), TODAY.plusDays(17), 11L);
	}

	@Test
	void a_listed_item_waits_on_its_unit_until_its_deadline() {
		IssueItem item = listed();
		assertThat(item.state()).isEqualTo(IssueState.ASSIGNED);
		assertThat(item.clockDueOn()).isEqualTo(TODAY.plusDays(30));
		assertThat(item.actingAgency()).isEqualTo(UNIT);
	}

	@Test
	void an_item_without_a_deadline_or_a_responsible_unit_is_refused_with_both_reasons() {
		assertThatThrownBy(() -> IssueItem.list(new NewIssueItem("港口", "问题", null, null, null, "整改", null, null), 1,
				"210804", TODAY, List.of(), 9L, null, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.each()).extracting(RuleViolationException::field)
						.containsExactly("agencyId", "dueOn"));
	}

	@Test
	void a_deadline_already_past_is_refused() {
		assertThatThrownBy(
				() -> IssueItem.list(new NewIssueItem("港口", "问题", null, null, UNIT, "整改", TODAY.minusDays(1), null), 1,
						"210804", TODAY, List.of(), 9L, null, null))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "oversight.item.deadline.past");
	}

	@Test
	void a_reported_rectification_waits_on_the_office_check() {
		IssueItem item = reported();
		assertThat(item.state()).isEqualTo(IssueState.REPORTED);
		assertThat(item.clockDueOn()).isEqualTo(TODAY.plusDays(17));
		assertThat(item.actingAgency()).isNull();
	}

	@Test
	void nothing_closes_an_item_the_unit_has_not_reported_on() {
		assertThatThrownBy(() -> listed().review(ReviewMethod.ON_SITE, true, null, null, TODAY, 5L))
			.hasFieldOrPropertyWithValue("messageKey", "oversight.item.not-reported");
	}

	@Test
	void closing_without_saying_how_the_evidence_was_checked_is_refused() {
		IssueItem item = reported();
		assertThatThrownBy(() -> item.review(null, true, null, null, TODAY, 5L))
			.hasFieldOrPropertyWithValue("messageKey", "oversight.review.method.required");
		assertThat(item.state()).isEqualTo(IssueState.REPORTED);
	}

	@Test
	void a_checked_item_is_closed_and_its_follow_up_visit_falls_due_after_the_chosen_days() {
		IssueItem item = reported().review(ReviewMethod.ON_SITE, true, null, null, TODAY.plusDays(5), 5L);
		assertThat(item.state()).isEqualTo(IssueState.CLOSED);
		assertThat(item.clockDueOn()).isEqualTo(TODAY.plusDays(5 + 60));
	}

	@Test
	void a_sent_back_item_needs_a_reason_and_a_new_deadline_and_returns_to_its_unit() {
		assertThatThrownBy(() -> reported().review(ReviewMethod.ON_FILE, false, " ", null, TODAY, 5L))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.each()).extracting(RuleViolationException::field)
						.containsExactly("note", "dueOn"));
		IssueItem item = reported().review(ReviewMethod.ON_FILE, false, "照片不能说明整改", TODAY.plusDays(20), TODAY, 5L);
		assertThat(item.state()).isEqualTo(IssueState.SENT_BACK);
		assertThat(item.actingAgency()).isEqualTo(UNIT);
		assertThat(item.clockDueOn()).isEqualTo(TODAY.plusDays(20));
		assertThat(item.reportRectification("再次整改", List.of(), TODAY, TODAY.plusDays(10), 11L).state())
			.isEqualTo(IssueState.REPORTED);
	}

	@Test
	void a_closed_item_cannot_be_reported_on_again() {
		IssueItem item = reported().review(ReviewMethod.ON_SITE, true, null, null, TODAY, 5L);
		assertThatThrownBy(() -> item.reportRectification("又一次", List.of(), TODAY, TODAY, 11L))
			.hasFieldOrPropertyWithValue("messageKey", "oversight.item.not-rectifying");
	}

	@Test
	void the_follow_up_visit_either_finds_the_rectification_holding_or_reopens_the_item() {
		IssueItem held = reported().review(ReviewMethod.ON_SITE, true, null, null, TODAY, 5L)
			.followUp(true, "通道保持畅通", null, TODAY.plusDays(60), 5L);
		assertThat(held.state()).isEqualTo(IssueState.FOLLOWED_UP);
		assertThat(held.clockDueOn()).isNull();
		IssueItem relapsed = reported().review(ReviewMethod.ON_SITE, true, null, null, TODAY, 5L)
			.followUp(false, "又堆放货物", TODAY.plusDays(90), TODAY.plusDays(60), 5L);
		assertThat(relapsed.state()).isEqualTo(IssueState.ASSIGNED);
		assertThat(relapsed.clockDueOn()).isEqualTo(TODAY.plusDays(90));
		assertThatThrownBy(() -> listed().followUp(true, "好", null, TODAY, 5L))
			.hasFieldOrPropertyWithValue("messageKey", "oversight.item.not-closed");
	}

	@Test
	void an_escalation_is_recorded_only_while_the_item_waits_on_that_same_deadline() {
		IssueItem item = listed();
		Clock rectifying = new Clock(1, "ASSIGNED", TODAY.plusDays(30), "210804", UNIT, 0);
		assertThat(item.escalate(rectifying, 1, 1)).isTrue();
		assertThat(item.level()).isEqualTo(1);
		assertThat(item.escalate(rectifying, 1, 1)).isFalse();
		item.reportRectification("已整改", List.of(), TODAY, TODAY.plusDays(10), 11L);
		assertThat(item.escalate(rectifying, 2, 4)).isFalse();
		assertThat(item.level()).isZero();
	}

}
