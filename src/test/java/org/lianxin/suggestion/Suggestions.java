package org.lianxin.suggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.suggestion.internal.NewSuggestion;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.Suggestion;
import org.lianxin.suggestion.internal.SuggestionActor;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionDeadlines;
import org.lianxin.suggestion.internal.SuggestionStatus;
import org.lianxin.workday.WorkingDays;
import org.lianxin.workday.internal.DayKind;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Suggestions in a given state, for tests of the state machine, on a calendar with the
 * 2026 Spring Festival and National Day.
 */
final class Suggestions {

	static final long LEAD_DEPUTY = 11;

	static final long CO_SIGNER = 12;

	static final long AGENCY = 7;

	static final long CO_AGENCY = 8;

	static final SuggestionActor OFFICE = SuggestionActor.office("office");

	static final SuggestionActor HANDLER = SuggestionActor.agency("handler", AGENCY);

	static final SuggestionActor CO_HANDLER = SuggestionActor.agency("co-handler", CO_AGENCY);

	static final SuggestionActor DEPUTY = SuggestionActor.deputy("deputy", LEAD_DEPUTY);

	static final SuggestionActor CO_DEPUTY = SuggestionActor.deputy("co-deputy", CO_SIGNER);

	/**
	 * Spring Festival 2026 (15–23 February off, 14 and 28 worked) and 1–7 October off.
	 */
	static final WorkingDays CALENDAR = new WorkingDays(
			Map.ofEntries(Map.entry(LocalDate.of(2026, 2, 14), DayKind.WORKDAY),
					Map.entry(LocalDate.of(2026, 2, 16), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 18), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 19), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 20), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 23), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 2, 28), DayKind.WORKDAY),
					Map.entry(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 10, 5), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 10, 6), DayKind.HOLIDAY),
					Map.entry(LocalDate.of(2026, 10, 7), DayKind.HOLIDAY)));

	static final SuggestionDeadlines DEADLINES = new SuggestionDeadlines(CALENDAR);

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static long ids = 100;

	private Suggestions() {
	}

	static SuggestionContent content() {
		return new SuggestionContent("关于增设公交线路的建议", "老城区居民出行不便，建议增设一条公交线路。", SuggestionCategory.URBAN, 1,
				Period.SESSION);
	}

	static NewSuggestion newSuggestion(Long originOpinion) {
		return new NewSuggestion(1, "210802", LEAD_DEPUTY, content(), originOpinion, null, null);
	}

	static Suggestion filed() {
		Suggestion suggestion = Suggestion.file(newSuggestion(null), Set.of(CO_SIGNER), DEPUTY, DEADLINES, DAY);
		ReflectionTestUtils.setField(suggestion, "id", ids++);
		return suggestion;
	}

	static Suggestion registered() {
		Suggestion suggestion = filed();
		suggestion.coSign(CO_DEPUTY, DAY);
		suggestion.register(OFFICE, 1, DAY);
		return suggestion;
	}

	static Suggestion assigned(LocalDate on) {
		Suggestion suggestion = registered();
		suggestion.assign(OFFICE, AGENCY, Set.of(CO_AGENCY), on);
		return suggestion;
	}

	static Suggestion inProgress() {
		Suggestion suggestion = assigned(DAY);
		suggestion.sign(HANDLER, DAY);
		return suggestion;
	}

	static Reply replyB(LocalDate today) {
		return new Reply(ResultClass.B, "已列入明年公交线网优化计划。", "王局长", true,
				List.of(new ReplyItem("开通 18 路公交", today.plusMonths(4))));
	}

	static Suggestion replied() {
		Suggestion suggestion = inProgress();
		suggestion.recordContact(HANDLER, org.lianxin.suggestion.internal.ContactMode.PHONE, "电话沟通了方案", DAY);
		suggestion.reply(HANDLER, replyB(DAY), DAY);
		return suggestion;
	}

	static Suggestion answered() {
		Suggestion suggestion = replied();
		suggestion.acceptReply(OFFICE, DAY);
		return suggestion;
	}

	static Suggestion rated() {
		Suggestion suggestion = answered();
		suggestion.rate(DEPUTY, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, DAY);
		suggestion.rate(CO_DEPUTY, Satisfaction.SATISFIED, Satisfaction.SATISFIED, DAY);
		return suggestion;
	}

	static Suggestion inState(SuggestionStatus status) {
		return switch (status) {
			case DRAFT -> {
				Suggestion draft = Suggestion.draft(newSuggestion(5L), DEADLINES, DAY);
				ReflectionTestUtils.setField(draft, "id", ids++);
				yield draft;
			}
			case FILED -> filed();
			case REGISTERED -> registered();
			case ASSIGNED -> assigned(DAY);
			case RETURN_REQUESTED -> {
				Suggestion suggestion = assigned(DAY);
				suggestion.requestReturn(HANDLER, "不属于本单位职责", DAY);
				yield suggestion;
			}
			case IN_PROGRESS -> inProgress();
			case REPLIED -> replied();
			case ANSWERED -> answered();
			case RATED -> rated();
			case CLOSED -> {
				Suggestion suggestion = rated();
				suggestion.close(OFFICE, null, 0, DAY);
				yield suggestion;
			}
			case DECLINED -> {
				Suggestion suggestion = filed();
				suggestion.decline(OFFICE, "属于议案", DAY);
				yield suggestion;
			}
			case MERGED -> {
				Suggestion suggestion = filed();
				suggestion.mergeInto(OFFICE, filed(), null, DAY);
				yield suggestion;
			}
		};
	}

}
