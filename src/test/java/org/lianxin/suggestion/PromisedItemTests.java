package org.lianxin.suggestion;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.suggestion.internal.PromiseStatus;
import org.lianxin.suggestion.internal.PromisedItem;
import org.lianxin.suggestion.internal.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxin.suggestion.Suggestions.CO_HANDLER;
import static org.lianxin.suggestion.Suggestions.DAY;
import static org.lianxin.suggestion.Suggestions.HANDLER;

class PromisedItemTests {

	static PromisedItem promised() {
		Suggestion suggestion = Suggestions.answered();
		return PromisedItem.promised(suggestion, suggestion.replyItems().get(0));
	}

	@Test
	void a_promised_item_is_due_on_the_day_the_reply_named_for_the_lead_agency() {
		PromisedItem item = promised();
		assertThat(item.dueOn()).isEqualTo(DAY.plusMonths(4));
		assertThat(item.agencyId()).isEqualTo(Suggestions.AGENCY);
		assertThat(item.status()).isEqualTo(PromiseStatus.OPEN);
	}

	@Test
	void reported_done_it_waits_for_the_deputy_who_confirms_it_kept_or_opens_it_again() {
		PromisedItem kept = promised();
		kept.report(HANDLER, true, "已开通", null, DAY.plusMonths(4));
		assertThat(kept.status()).isEqualTo(PromiseStatus.REPORTED);
		kept.confirm(true, DAY.plusMonths(4));
		assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
		assertThat(kept.status().isOpen()).isFalse();

		PromisedItem disputed = promised();
		disputed.report(HANDLER, true, "已开通", null, DAY.plusMonths(4));
		disputed.confirm(false, DAY.plusMonths(4));
		assertThat(disputed.status()).isEqualTo(PromiseStatus.OPEN);
	}

	@Test
	void not_done_yet_needs_a_later_day_and_only_the_lead_agency_reports() {
		PromisedItem item = promised();
		LocalDate due = item.dueOn();
		assertThatThrownBy(() -> item.report(HANDLER, false, "资金未到位", null, due))
			.hasMessage("suggestion.reply.item-due");
		assertThatThrownBy(() -> item.report(CO_HANDLER, true, "已完成", null, due)).hasMessage("suggestion.not-lead");
		item.report(HANDLER, false, "资金未到位", due.plusMonths(2), due);
		assertThat(item.dueOn()).isEqualTo(due.plusMonths(2));
		assertThat(item.status()).isEqualTo(PromiseStatus.OPEN);
	}

	@Test
	void the_office_closes_an_open_item_only_with_a_reason() {
		PromisedItem item = promised();
		assertThatThrownBy(() -> item.closeByOffice(" ", DAY)).hasMessage("suggestion.text.required");
		item.closeByOffice("规划调整，事项取消", DAY);
		assertThat(item.status()).isEqualTo(PromiseStatus.CLOSED_BY_OFFICE);
		assertThatThrownBy(() -> item.closeByOffice("再次", DAY)).hasMessage("suggestion.promise.closed");
	}

	@Test
	void supervision_is_recorded_only_while_the_item_is_open_on_that_day() {
		PromisedItem item = promised();
		LocalDate due = item.dueOn();
		assertThat(item.supervise(due, 1)).isTrue();
		assertThat(item.supervise(due, 1)).isFalse();
		item.report(HANDLER, false, "延后", due.plusMonths(1), due);
		assertThat(item.supervise(due, 2)).isFalse();
		assertThat(item.escalationLevel()).isZero();
	}

}
