package org.lianxin.opinion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.lianxin.opinion.internal.IllegalTransitionException;
import org.lianxin.opinion.internal.Opinion;
import org.lianxin.opinion.internal.OpinionAction;
import org.lianxin.opinion.internal.OpinionStatus;
import org.lianxin.opinion.internal.OpinionStep;
import org.lianxin.opinion.internal.Stage;
import org.lianxin.platform.web.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.lianxin.opinion.Opinions.AGENCY;
import static org.lianxin.opinion.Opinions.HANDLER;
import static org.lianxin.opinion.Opinions.OFFICE;
import static org.lianxin.opinion.Opinions.OTHER_HANDLER;

class OpinionLoopTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	/** Which state allows which step: the whole state machine, written out once. */
	static final Map<OpinionStatus, Set<OpinionAction>> ALLOWED = Map.ofEntries(
			Map.entry(OpinionStatus.RECEIVED,
					EnumSet.of(OpinionAction.ASSIGN, OpinionAction.DECLINE, OpinionAction.MERGE,
							OpinionAction.ANSWER_DIRECTLY, OpinionAction.CONVERT)),
			Map.entry(OpinionStatus.REOPENED,
					EnumSet.of(OpinionAction.ASSIGN, OpinionAction.DECLINE, OpinionAction.MERGE,
							OpinionAction.ANSWER_DIRECTLY, OpinionAction.CONVERT)),
			Map.entry(OpinionStatus.ASSIGNED, EnumSet.of(OpinionAction.SIGN, OpinionAction.RETURN)),
			Map.entry(OpinionStatus.IN_PROGRESS,
					EnumSet.of(OpinionAction.RETURN, OpinionAction.EXTEND, OpinionAction.APPROVE_EXTENSION,
							OpinionAction.REPLY)),
			Map.entry(OpinionStatus.REPLIED, EnumSet.of(OpinionAction.FEEDBACK)),
			Map.entry(OpinionStatus.FED_BACK, EnumSet.of(OpinionAction.VISIT, OpinionAction.CLOSE)),
			Map.entry(OpinionStatus.ANSWERED_DIRECTLY, EnumSet.of(OpinionAction.VISIT, OpinionAction.CLOSE)),
			Map.entry(OpinionStatus.CLOSED, EnumSet.noneOf(OpinionAction.class)),
			Map.entry(OpinionStatus.DECLINED, EnumSet.noneOf(OpinionAction.class)),
			Map.entry(OpinionStatus.MERGED, EnumSet.noneOf(OpinionAction.class)),
			Map.entry(OpinionStatus.CONVERTED, EnumSet.noneOf(OpinionAction.class)));

	@ParameterizedTest
	@EnumSource(OpinionStatus.class)
	void every_state_allows_exactly_its_own_steps(OpinionStatus status) {
		for (OpinionAction action : EnumSet.complementOf(EnumSet.of(OpinionAction.SUBMIT, OpinionAction.SUPERVISE))) {
			Opinion opinion = inState(status);
			Consumer<Opinion> step = fullyFilledIn(action);
			if (ALLOWED.get(status).contains(action)) {
				assertThatNoException().as("%s in %s", action, status).isThrownBy(() -> step.accept(opinion));
				assertThat(opinion.newSteps()).last().extracting(OpinionStep::action).isEqualTo(action);
			}
			else {
				assertThatThrownBy(() -> step.accept(opinion)).as("%s in %s", action, status)
					.isInstanceOf(IllegalTransitionException.class);
				assertThat(opinion.status()).isEqualTo(status);
			}
		}
	}

	@Test
	void each_step_keeps_what_its_kind_carries() {
		Opinion opinion = Opinions.inProgress(MONDAY);
		opinion.requestExtension(HANDLER, 5, "需协调施工单位", MONDAY);
		opinion.decideExtension(OFFICE, true, null, MONDAY);
		opinion.reply(HANDLER, ResultClass.B, "已列入计划", MONDAY);
		opinion.feedback(OFFICE, ContactChannel.SMS, "已短信告知", MONDAY);
		opinion.visit(OFFICE, Satisfaction.UNSATISFIED, ContactChannel.PHONE, "仍未修好", MONDAY);
		assertThat(opinion.newSteps())
			.extracting(OpinionStep::action, OpinionStep::agencyId, OpinionStep::resultClass, OpinionStep::rating,
					OpinionStep::channel, OpinionStep::days)
			.containsExactly(tuple(OpinionAction.ASSIGN, AGENCY, null, null, null, null),
					tuple(OpinionAction.SIGN, null, null, null, null, null),
					tuple(OpinionAction.EXTEND, AGENCY, null, null, null, 5),
					tuple(OpinionAction.APPROVE_EXTENSION, null, null, null, null, 5),
					tuple(OpinionAction.REPLY, AGENCY, ResultClass.B, null, null, null),
					tuple(OpinionAction.FEEDBACK, null, null, null, ContactChannel.SMS, null),
					tuple(OpinionAction.VISIT, null, null, Satisfaction.UNSATISFIED, ContactChannel.PHONE, null));
	}

	@Test
	void the_whole_loop_records_every_step_in_order() {
		Opinion opinion = Opinions.fedBack(MONDAY);
		opinion.visit(OFFICE, Satisfaction.SATISFIED, ContactChannel.PHONE, "群众表示满意", MONDAY.plusDays(1));
		opinion.close(OFFICE, null, MONDAY.plusDays(1));
		assertThat(opinion.status()).isEqualTo(OpinionStatus.CLOSED);
		assertThat(opinion.newSteps()).extracting(OpinionStep::action)
			.containsExactly(OpinionAction.ASSIGN, OpinionAction.SIGN, OpinionAction.REPLY, OpinionAction.FEEDBACK,
					OpinionAction.VISIT, OpinionAction.CLOSE);
		assertThat(opinion.newSteps()).extracting(OpinionStep::to)
			.containsExactly(OpinionStatus.ASSIGNED, OpinionStatus.IN_PROGRESS, OpinionStatus.REPLIED,
					OpinionStatus.FED_BACK, OpinionStatus.FED_BACK, OpinionStatus.CLOSED);
		assertThat(opinion.resultClass()).isEqualTo(ResultClass.A);
		assertThat(opinion.rating()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(opinion.repliedOnTime()).isTrue();
		assertThat(opinion.stageDueOn()).isNull();
	}

	@Test
	void an_agency_cannot_reply_to_a_case_it_has_not_signed_for() {
		Opinion opinion = Opinions.assigned(MONDAY);
		assertThatThrownBy(() -> opinion.reply(HANDLER, ResultClass.A, "已处理", MONDAY))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void only_the_lead_agency_signs_replies_or_returns() {
		Opinion opinion = Opinions.assigned(MONDAY);
		assertThatThrownBy(() -> opinion.sign(OTHER_HANDLER, MONDAY)).isInstanceOf(RuleViolationException.class)
			.hasMessage("opinion.not-lead");
		assertThatThrownBy(() -> opinion.returnToTriage(OTHER_HANDLER, "不属于我单位职责", MONDAY))
			.hasMessage("opinion.not-lead");
		assertThat(opinion.status()).isEqualTo(OpinionStatus.ASSIGNED);
	}

	@Test
	void an_unsatisfied_visit_reopens_the_case_for_a_second_handling() {
		Opinion opinion = Opinions.fedBack(MONDAY);
		opinion.visit(OFFICE, Satisfaction.UNSATISFIED, ContactChannel.PHONE, "路灯又坏了", MONDAY);
		assertThat(opinion.status()).isEqualTo(OpinionStatus.REOPENED);
		assertThat(opinion.handlingRound()).isEqualTo(2);
		opinion.assign(OFFICE, AGENCY, Set.of(), "二次交办", MONDAY.plusDays(1));
		assertThat(opinion.rating()).isNull();
		assertThat(opinion.resultClass()).isNull();
		assertThat(opinion.status()).isEqualTo(OpinionStatus.ASSIGNED);
	}

	@Test
	void a_direct_answer_after_an_unsatisfied_visit_starts_a_new_round() {
		Opinion opinion = Opinions.fedBack(MONDAY);
		opinion.visit(OFFICE, Satisfaction.UNSATISFIED, ContactChannel.PHONE, null, MONDAY);
		opinion.answerDirectly(OFFICE, "已向群众当面解释", MONDAY);
		assertThat(opinion.resultClass()).isNull();
		assertThat(opinion.rating()).isNull();
		assertThatThrownBy(() -> opinion.close(OFFICE, null, MONDAY)).hasMessage("opinion.text.required");
	}

	@Test
	void texts_longer_than_their_column_are_refused_with_a_message() {
		Opinion opinion = Opinions.inProgress(MONDAY);
		assertThatThrownBy(() -> opinion.requestExtension(HANDLER, 5, "理".repeat(501), MONDAY))
			.hasMessage("opinion.too-long");
		assertThatThrownBy(() -> opinion.reply(HANDLER, ResultClass.A, "答".repeat(2001), MONDAY))
			.hasMessage("opinion.too-long");
		assertThat(opinion.status()).isEqualTo(OpinionStatus.IN_PROGRESS);
	}

	@Test
	void a_case_cannot_close_without_a_visit_unless_a_reason_is_given() {
		Opinion opinion = Opinions.fedBack(MONDAY);
		assertThatThrownBy(() -> opinion.close(OFFICE, " ", MONDAY)).hasMessage("opinion.text.required");
		opinion.close(OFFICE, "三次电话均未接通", MONDAY);
		assertThat(opinion.status()).isEqualTo(OpinionStatus.CLOSED);
	}

	@Test
	void declining_needs_a_reason_and_ends_the_case() {
		Opinion opinion = Opinions.received(MONDAY);
		assertThatThrownBy(() -> opinion.decline(OFFICE, "", MONDAY)).hasMessage("opinion.text.required");
		opinion.decline(OFFICE, "该事项已进入诉讼程序", MONDAY);
		assertThat(opinion.status()).isEqualTo(OpinionStatus.DECLINED);
		assertThat(opinion.status().isOpen()).isFalse();
	}

	@Test
	void a_case_merges_only_into_another_open_case() {
		Opinion opinion = Opinions.received(1, MONDAY);
		assertThatThrownBy(() -> opinion.mergeInto(OFFICE, opinion, null, MONDAY)).hasMessage("opinion.merge.target");
		Opinion closed = Opinions.received(2, MONDAY);
		closed.decline(OFFICE, "重复", MONDAY);
		assertThatThrownBy(() -> opinion.mergeInto(OFFICE, closed, null, MONDAY)).hasMessage("opinion.merge.target");
		opinion.mergeInto(OFFICE, Opinions.received(3, MONDAY), "同一路段路灯", MONDAY);
		assertThat(opinion.mergedInto()).isEqualTo(3);
		assertThat(opinion.status()).isEqualTo(OpinionStatus.MERGED);
	}

	@Test
	void an_approved_extension_moves_the_reply_deadline_by_working_days_and_a_refused_one_does_not() {
		Opinion opinion = Opinions.inProgress(MONDAY);
		LocalDate due = opinion.replyDueOn();
		opinion.requestExtension(HANDLER, 5, "需协调供电公司", MONDAY);
		assertThatThrownBy(() -> opinion.requestExtension(HANDLER, 5, "再延", MONDAY))
			.hasMessage("opinion.extension.pending");
		opinion.decideExtension(OFFICE, true, null, MONDAY);
		assertThat(opinion.replyDueOn()).isEqualTo(Opinions.CALENDAR.plus(due, 5));
		assertThat(opinion.stageDueOn()).isEqualTo(opinion.replyDueOn());
		opinion.requestExtension(HANDLER, 3, "还需时间", MONDAY);
		opinion.decideExtension(OFFICE, false, "理由不充分", MONDAY);
		assertThat(opinion.replyDueOn()).isEqualTo(Opinions.CALENDAR.plus(due, 5));
		assertThatThrownBy(() -> opinion.requestExtension(HANDLER, 31, "很久", MONDAY))
			.hasMessage("opinion.extension.days");
	}

	@Test
	void a_case_can_be_returned_only_within_the_return_period() {
		Opinion early = Opinions.assigned(MONDAY);
		early.returnToTriage(HANDLER, "不属于我单位职责", MONDAY.plusDays(9));
		assertThat(early.status()).isEqualTo(OpinionStatus.RECEIVED);
		assertThat(early.leadAgencyId()).isNull();
		Opinion late = Opinions.assigned(MONDAY);
		assertThatThrownBy(() -> late.returnToTriage(HANDLER, "不属于我单位职责", MONDAY.plusDays(10)))
			.hasMessage("opinion.return.too-late");
	}

	@Test
	void deadlines_skip_the_spring_festival_and_count_its_make_up_days() {
		// received Friday 13 February 2026: the 14th is a make-up working day, 15–23 are
		// off
		Opinion opinion = Opinions.received(LocalDate.of(2026, 2, 13));
		assertThat(opinion.stageDueOn()).isEqualTo(LocalDate.of(2026, 2, 25));
		opinion.assign(OFFICE, AGENCY, Set.of(), null, LocalDate.of(2026, 2, 13));
		assertThat(opinion.stageDueOn()).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(opinion.replyDueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void a_reply_after_its_due_date_counts_as_late() {
		Opinion opinion = Opinions.inProgress(MONDAY);
		opinion.reply(HANDLER, ResultClass.B, "已列入计划", opinion.replyDueOn().plusDays(1));
		assertThat(opinion.repliedOnTime()).isFalse();
	}

	@Test
	void a_direct_answer_within_the_reply_period_counts_as_on_time() {
		Opinion opinion = Opinions.received(MONDAY);
		opinion.answerDirectly(OFFICE, "已当场解答", Opinions.DEFAULT.due(Stage.REPLY, MONDAY));
		assertThat(opinion.repliedOnTime()).isTrue();
	}

	@Test
	void a_direct_answer_after_the_reply_period_counts_as_late() {
		Opinion opinion = Opinions.received(MONDAY);
		opinion.answerDirectly(OFFICE, "已当场解答", Opinions.DEFAULT.due(Stage.REPLY, MONDAY).plusDays(1));
		assertThat(opinion.repliedOnTime()).isFalse();
	}

	@Test
	void a_direct_answer_after_a_reopening_counts_from_the_reopening() {
		Opinion opinion = Opinions.fedBack(MONDAY);
		LocalDate reopened = MONDAY.plusDays(30);
		opinion.visit(OFFICE, Satisfaction.UNSATISFIED, ContactChannel.PHONE, null, reopened);
		opinion.answerDirectly(OFFICE, "已当面解释", reopened.plusDays(2));
		assertThat(opinion.repliedOnTime()).isTrue();
	}

	private static Opinion inState(OpinionStatus status) {
		Opinion opinion = switch (status) {
			case RECEIVED -> Opinions.received(MONDAY);
			case ASSIGNED -> Opinions.assigned(MONDAY);
			case IN_PROGRESS -> Opinions.inProgress(MONDAY);
			case REPLIED -> Opinions.replied(MONDAY);
			case FED_BACK -> Opinions.fedBack(MONDAY);
			case CLOSED -> {
				Opinion o = Opinions.fedBack(MONDAY);
				o.close(OFFICE, "未能联系", MONDAY);
				yield o;
			}
			case REOPENED -> {
				Opinion o = Opinions.fedBack(MONDAY);
				o.visit(OFFICE, Satisfaction.UNSATISFIED, ContactChannel.PHONE, null, MONDAY);
				yield o;
			}
			case ANSWERED_DIRECTLY -> {
				Opinion o = Opinions.received(MONDAY);
				o.answerDirectly(OFFICE, "已当场解答", MONDAY);
				yield o;
			}
			case CONVERTED -> {
				Opinion o = Opinions.received(MONDAY);
				o.convert(OFFICE, "转为代表建议", MONDAY);
				yield o;
			}
			case DECLINED -> {
				Opinion o = Opinions.received(MONDAY);
				o.decline(OFFICE, "诉讼中", MONDAY);
				yield o;
			}
			case MERGED -> {
				Opinion o = Opinions.received(MONDAY);
				o.mergeInto(OFFICE, Opinions.received(9, MONDAY), null, MONDAY);
				yield o;
			}
		};
		assertThat(opinion.status()).isEqualTo(status);
		return opinion;
	}

	/** The step with every field it needs, so only the state can refuse it. */
	private static Consumer<Opinion> fullyFilledIn(OpinionAction action) {
		return switch (action) {
			case ASSIGN -> o -> o.assign(OFFICE, AGENCY, Set.of(), null, MONDAY);
			case SIGN -> o -> o.sign(HANDLER, MONDAY);
			case RETURN -> o -> o.returnToTriage(HANDLER, "不属于我单位职责", MONDAY);
			case EXTEND -> o -> o.requestExtension(HANDLER, 5, "需要协调", MONDAY);
			case APPROVE_EXTENSION -> o -> {
				if (o.status() == OpinionStatus.IN_PROGRESS) {
					o.requestExtension(HANDLER, 5, "需要协调", MONDAY);
				}
				o.decideExtension(OFFICE, true, null, MONDAY);
			};
			case REPLY -> o -> o.reply(HANDLER, ResultClass.A, "已解决", MONDAY);
			case FEEDBACK -> o -> o.feedback(OFFICE, ContactChannel.PHONE, "已告知", MONDAY);
			case VISIT -> o -> o.visit(OFFICE, Satisfaction.SATISFIED, ContactChannel.PHONE, null, MONDAY);
			case CLOSE -> o -> o.close(OFFICE, "办结", MONDAY);
			case DECLINE -> o -> o.decline(OFFICE, "不属于受理范围", MONDAY);
			case MERGE -> o -> o.mergeInto(OFFICE, Opinions.received(99, MONDAY), null, MONDAY);
			case ANSWER_DIRECTLY -> o -> o.answerDirectly(OFFICE, "已解答", MONDAY);
			case CONVERT -> o -> o.convert(OFFICE, "转建议", MONDAY);
			case SUBMIT, SUPERVISE -> throw new IllegalArgumentException(action.name());
		};
	}

}
