package org.lianxin.suggestion;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.suggestion.internal.ContactMode;
import org.lianxin.suggestion.internal.IllegalSuggestionStepException;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.Suggestion;
import org.lianxin.suggestion.internal.SuggestionAction;
import org.lianxin.suggestion.internal.SuggestionStatus;
import org.lianxin.suggestion.internal.SuggestionStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lianxin.suggestion.internal.SuggestionAction.*;
import static org.lianxin.suggestion.Suggestions.*;

class SuggestionLifecycleTests {

	/** Which state allows which step: the whole state machine, written out once. */
	static final Map<SuggestionStatus, Set<SuggestionAction>> ALLOWED = Map.ofEntries(
			Map.entry(SuggestionStatus.DRAFT, EnumSet.of(FILE)),
			Map.entry(SuggestionStatus.FILED, EnumSet.of(CO_SIGN, REGISTER, DECLINE, MERGE)),
			Map.entry(SuggestionStatus.REGISTERED, EnumSet.of(ASSIGN, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.ASSIGNED,
					EnumSet.of(SIGN, REQUEST_RETURN, REASSIGN, CO_VIEW, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.RETURN_REQUESTED, EnumSet.of(DECIDE_RETURN, REASSIGN, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.IN_PROGRESS,
					EnumSet.of(CO_VIEW, CONTACT, EXTEND, DECIDE_EXTENSION, REPLY, REASSIGN, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.REPLIED, EnumSet.of(REVIEW, SEND_BACK, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.ANSWERED, EnumSet.of(RATE, CLOSE, MARK_KEY, MEETING_NOTE)),
			Map.entry(SuggestionStatus.RATED, EnumSet.of(CLOSE, MEETING_NOTE)),
			Map.entry(SuggestionStatus.CLOSED, EnumSet.noneOf(SuggestionAction.class)),
			Map.entry(SuggestionStatus.DECLINED, EnumSet.noneOf(SuggestionAction.class)),
			Map.entry(SuggestionStatus.MERGED, EnumSet.noneOf(SuggestionAction.class)));

	/**
	 * The steps the state table guards; the others are the system's, a promise's, or
	 * publishing the reply (guarded by its own rule: an accepted reply marked fit to
	 * publish).
	 */
	static final Set<SuggestionAction> GUARDED = EnumSet.complementOf(EnumSet.of(DRAFT, REHANDLE, SUPERVISE,
			PROMISE_REPORT, PROMISE_CONFIRM, PROMISE_CLOSE, SuggestionAction.PUBLISH_AGREE, SuggestionAction.PUBLISH));

	@ParameterizedTest
	@EnumSource(SuggestionStatus.class)
	void every_state_allows_exactly_its_own_steps(SuggestionStatus status) {
		for (SuggestionAction action : GUARDED) {
			Suggestion suggestion = inState(status);
			Consumer<Suggestion> step = fullyFilledIn(action);
			if (ALLOWED.get(status).contains(action)) {
				try {
					step.accept(suggestion);
				}
				catch (IllegalSuggestionStepException ex) {
					throw new AssertionError(action + " refused in " + status, ex);
				}
				catch (RuleViolationException ex) {
					// allowed by the state, refused by a rule of its own (no extension
					// asked for)
				}
			}
			else {
				assertThatThrownBy(() -> step.accept(suggestion)).as("%s in %s", action, status)
					.isInstanceOf(IllegalSuggestionStepException.class);
				assertThat(suggestion.status()).isEqualTo(status);
			}
		}
	}

	static Consumer<Suggestion> fullyFilledIn(SuggestionAction action) {
		return switch (action) {
			case FILE -> s -> s.fileDraft(DEPUTY, content(), Set.of(CO_SIGNER), DAY);
			case CO_SIGN -> s -> s.coSign(CO_DEPUTY, DAY);
			case REGISTER -> s -> s.register(OFFICE, 9, DAY);
			case DECLINE -> s -> s.decline(OFFICE, "属于议案", DAY);
			case MERGE -> s -> s.mergeInto(OFFICE, filed(), "同一事项", DAY);
			case MARK_KEY -> s -> s.markKey(OFFICE, "李副主任");
			case ASSIGN -> s -> s.assign(OFFICE, AGENCY, Set.of(), DAY);
			case SIGN -> s -> s.sign(HANDLER, DAY);
			case REQUEST_RETURN -> s -> s.requestReturn(HANDLER, "不属本单位职责", DAY);
			case DECIDE_RETURN -> s -> s.decideReturn(OFFICE, true, null, DAY);
			case REASSIGN -> s -> s.reassign(OFFICE, CO_AGENCY, Set.of(), DAY);
			case CO_VIEW -> s -> s.coView(CO_HANDLER, "同意主办单位意见", DAY);
			case CONTACT -> s -> s.recordContact(HANDLER, ContactMode.IN_PERSON, "面商", DAY);
			case EXTEND -> s -> s.requestExtension(HANDLER, 1, "需上级审批");
			case DECIDE_EXTENSION -> s -> s.decideExtension(OFFICE, true, null);
			case REPLY -> s -> {
				s.recordContact(HANDLER, ContactMode.PHONE, "电话", DAY);
				s.reply(HANDLER, replyB(DAY), DAY);
			};
			case REVIEW -> s -> s.acceptReply(OFFICE, DAY);
			case SEND_BACK -> s -> s.sendBack(OFFICE, "答复未回应核心诉求", DAY);
			case RATE -> s -> s.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
			case CLOSE -> s -> s.close(OFFICE, "代表未评价，经核实已办结", 0, DAY);
			case MEETING_NOTE -> s -> s.meetingNote(OFFICE, "问：进度？答：已完成设计。");
			default -> throw new IllegalArgumentException(action.name());
		};
	}

	@Test
	void a_co_signer_confirms_once_and_only_when_named() {
		Suggestion suggestion = filed();
		assertThatThrownBy(
				() -> suggestion.coSign(org.lianxin.suggestion.internal.SuggestionActor.deputy("x", 99), DAY))
			.hasMessage("suggestion.co-sign.not-named");
		suggestion.coSign(CO_DEPUTY, DAY);
		assertThatThrownBy(() -> suggestion.coSign(CO_DEPUTY, DAY)).hasMessage("suggestion.co-sign.twice");
		assertThat(suggestion.confirmedCoSigners()).containsExactly(CO_SIGNER);
	}

	@Test
	void co_signers_who_never_confirmed_drop_out_at_registration() {
		Suggestion suggestion = filed();
		suggestion.register(OFFICE, 3, DAY);
		assertThat(suggestion.confirmedCoSigners()).isEmpty();
		assertThat(suggestion.serialNumber()).isEqualTo(3);
	}

	@Test
	void a_return_may_be_asked_for_within_five_working_days_counted_across_the_spring_festival() {
		LocalDate thursday = LocalDate.of(2026, 2, 12);
		// 13, 14 (a make-up Saturday), then the holiday and 23 off: 24, 25, 26
		Suggestion inTime = assigned(thursday);
		inTime.requestReturn(HANDLER, "不属本单位职责", LocalDate.of(2026, 2, 26));
		assertThat(inTime.status()).isEqualTo(SuggestionStatus.RETURN_REQUESTED);
		Suggestion late = assigned(thursday);
		assertThatThrownBy(() -> late.requestReturn(HANDLER, "不属本单位职责", LocalDate.of(2026, 2, 27)))
			.hasMessage("suggestion.return.too-late");
		assertThat(late.status()).isEqualTo(SuggestionStatus.ASSIGNED);
	}

	@Test
	void the_reply_is_due_three_calendar_months_after_assignment_moved_past_the_national_day_holiday() {
		Suggestion suggestion = assigned(LocalDate.of(2026, 7, 1));
		assertThat(suggestion.replyDueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(suggestion.coViewDueOn()).isEqualTo(LocalDate.of(2026, 8, 3));
		assertThat(suggestion.stageDueOn()).isEqualTo(LocalDate.of(2026, 7, 8));
	}

	@Test
	void extensions_never_take_the_reply_past_six_months_from_assignment() {
		Suggestion suggestion = inProgress();
		assertThatThrownBy(() -> suggestion.requestExtension(HANDLER, 4, "需立项"))
			.hasMessage("suggestion.extension.too-long");
		suggestion.requestExtension(HANDLER, 3, "需立项");
		suggestion.decideExtension(OFFICE, true, null);
		assertThat(suggestion.replyDueOn()).isEqualTo(LocalDate.of(2026, 9, 2));
		assertThatThrownBy(() -> suggestion.requestExtension(HANDLER, 1, "还需时间"))
			.hasMessage("suggestion.extension.too-long");
	}

	@Test
	void the_reply_comes_after_contact_with_the_deputy() {
		Suggestion suggestion = inProgress();
		assertThatThrownBy(() -> suggestion.reply(HANDLER, replyB(DAY), DAY)).hasMessage("suggestion.reply.no-contact");
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.IN_PROGRESS);
	}

	@Test
	void a_reply_without_result_class_or_without_due_dates_is_refused_with_every_reason_and_changes_nothing() {
		Suggestion suggestion = inProgress();
		suggestion.recordContact(HANDLER, ContactMode.MEETING, "座谈", DAY);
		assertThatThrownBy(() -> suggestion.reply(HANDLER, new Reply(null, "", "王", false, List.of()), DAY))
			.satisfies(ex -> assertThat(((RuleViolationException) ex).each()).extracting(RuleViolationException::field)
				.containsExactly("resultClass", "text"));
		assertThatThrownBy(() -> suggestion.reply(HANDLER,
				new Reply(ResultClass.C, "待条件成熟", "王", false, List.of(new ReplyItem("建设停车场", null))), DAY))
			.hasMessage("suggestion.reply.item-due");
		assertThatThrownBy(
				() -> suggestion.reply(HANDLER, new Reply(ResultClass.B, "列入计划", "王", false, List.of()), DAY))
			.hasMessage("suggestion.reply.items-required");
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.IN_PROGRESS);
		assertThat(suggestion.resultClass()).isNull();
	}

	@Test
	void rating_before_the_reply_reached_the_deputies_is_illegal_and_rating_twice_is_refused() {
		assertThatThrownBy(() -> replied().rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY))
			.isInstanceOf(IllegalSuggestionStepException.class);
		Suggestion suggestion = answered();
		suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
		assertThatThrownBy(() -> suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY))
			.hasMessage("suggestion.rate.twice");
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.ANSWERED);
	}

	@Test
	void every_co_signer_rates_and_only_then_is_the_suggestion_rated() {
		Suggestion suggestion = answered();
		suggestion.rate(CO_DEPUTY, Satisfaction.BASICALLY_SATISFIED, Satisfaction.SATISFIED, DAY);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.ANSWERED);
		suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.RATED);
		assertThat(suggestion.newSteps()).filteredOn(step -> step.action() == RATE)
			.extracting(SuggestionStep::deputyId, SuggestionStep::handling)
			.containsExactly(org.assertj.core.api.Assertions.tuple(CO_SIGNER, Satisfaction.BASICALLY_SATISFIED),
					org.assertj.core.api.Assertions.tuple(LEAD_DEPUTY, Satisfaction.SATISFIED));
	}

	@Test
	void an_unsatisfied_verdict_starts_a_new_round_due_within_two_months() {
		Suggestion suggestion = answered();
		suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.UNSATISFIED, DAY);
		suggestion.rate(CO_DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.IN_PROGRESS);
		assertThat(suggestion.handlingRound()).isEqualTo(2);
		assertThat(suggestion.replyDueOn()).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(suggestion.newSteps()).last()
			.extracting(SuggestionStep::action, SuggestionStep::round)
			.containsExactly(REHANDLE, 2);
		// the new round is rated afresh
		suggestion.recordContact(HANDLER, ContactMode.IN_PERSON, "再次面商", DAY);
		suggestion.reply(HANDLER, new Reply(ResultClass.A, "已解决", "王局长", false, List.of()), DAY);
		suggestion.acceptReply(OFFICE, DAY);
		suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.ANSWERED);
	}

	@Test
	void a_suggestion_is_not_closed_while_a_promised_item_is_open_unless_the_office_says_why() {
		Suggestion suggestion = rated();
		assertThatThrownBy(() -> suggestion.close(OFFICE, null, 1, DAY)).hasMessage("suggestion.close.promises-open");
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.RATED);
		suggestion.close(OFFICE, "承诺事项已纳入年度计划，另行跟踪", 1, DAY);
		assertThat(suggestion.status()).isEqualTo(SuggestionStatus.CLOSED);
	}

	@Test
	void only_the_lead_agency_signs_replies_and_asks_for_a_return() {
		Suggestion suggestion = assigned(DAY);
		assertThatThrownBy(() -> suggestion.sign(CO_HANDLER, DAY)).hasMessage("suggestion.not-lead");
		assertThatThrownBy(() -> suggestion.coView(HANDLER, "意见", DAY)).hasMessage("suggestion.not-co-agency");
		suggestion.coView(CO_HANDLER, "同意", DAY);
		assertThatThrownBy(() -> suggestion.coView(CO_HANDLER, "再次", DAY)).hasMessage("suggestion.co-view.twice");
	}

	@Test
	void filing_and_each_confirmed_co_signature_are_told_once() {
		Suggestion suggestion = filed();
		suggestion.coSign(CO_DEPUTY, DAY.plusDays(1));
		assertThat(suggestion.newSteps()).extracting(SuggestionStep::action).containsExactly(FILE, CO_SIGN);
		List<Object> events = org.springframework.test.util.ReflectionTestUtils.invokeMethod(suggestion, "events");
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOf(SuggestionFiled.class);
		assertThat(events.get(1))
			.isEqualTo(new SuggestionCoSigned(suggestion.id(), CO_SIGNER, 1, "关于增设公交线路的建议", DAY.plusDays(1)));
	}

	@Test
	void supervision_is_recorded_only_while_the_suggestion_is_still_on_that_clock() {
		Suggestion suggestion = assigned(DAY);
		LocalDate due = suggestion.stageDueOn();
		assertThat(suggestion.supervise("ASSIGNED", due, 1, 2)).isTrue();
		assertThat(suggestion.supervise("ASSIGNED", due, 1, 2)).isFalse();
		suggestion.sign(HANDLER, DAY);
		assertThat(suggestion.supervise("ASSIGNED", due, 2, 5)).isFalse();
		assertThat(suggestion.escalationLevel()).isZero();
	}

}
