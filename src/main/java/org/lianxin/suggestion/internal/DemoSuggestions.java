package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for the demo city, each walked through the aggregate's real steps (so the
 * history, the numbering, the promised items and the duty records are the real ones).
 * 老边区's congress carries the report's 178: every one assigned and replied, all but three
 * closed (those three wait on a promised item still open), every lead deputy satisfied or
 * basically satisfied — so its figures come out as 178 / 100% / 98% / 100%. Every other
 * division gets a few at each stage. Runs after the demo data; a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(1)
class DemoSuggestions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSuggestions.class);

	static final String REPORTING_DIVISION = "210811";

	static final int REPORTED = 178;

	private static final List<String> TOPICS = List.of("老旧小区改造", "农村道路硬化", "学校周边交通安全", "社区养老服务", "河道综合治理", "农贸市场升级",
			"公共停车位建设", "基层医疗服务", "全民健身场地", "农产品冷链物流");

	private final SuggestionRepository suggestions;

	private final PromisedItemRepository promises;

	private final SuggestionNumbering numbering;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	DemoSuggestions(SuggestionRepository suggestions, PromisedItemRepository promises, SuggestionNumbering numbering,
			WorkdayCalendar calendar, JdbcClient jdbc) {
		this.suggestions = suggestions;
		this.promises = promises;
		this.numbering = numbering;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from suggestion").query(Long.class).single() > 0) {
			return;
		}
		int added = 0;
		for (String division : List.of("210802", "210803", "210804", REPORTING_DIVISION, "210881", "210882")) {
			Division place = division(division);
			if (place == null) {
				continue;
			}
			int count = division.equals(REPORTING_DIVISION) ? REPORTED : 9;
			for (int i = 0; i < count; i++) {
				walk(place, i, division.equals(REPORTING_DIVISION) ? 99 : i);
				added++;
			}
		}
		log.info("Demo suggestions: {} added", added);
	}

	/** A division's congress, its serving deputies and its agencies. */
	record Division(String code, long congressId, List<Long> deputies, List<Long> agencies) {
	}

	private Division division(String code) {
		Long congress = this.jdbc.sql("select id from congress_view where region_code = ? order by term_number desc")
			.param(code)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (congress == null) {
			return null;
		}
		List<Long> deputies = this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where congress_id = ? and ended_on is null
				order by deputy_id limit 40""").param(congress).query(Long.class).list();
		List<Long> agencies = this.jdbc
			.sql("select id from agency_view where region_code = ? and enabled order by id limit 6")
			.param(code)
			.query(Long.class)
			.list();
		return (deputies.size() < 2 || agencies.isEmpty()) ? null : new Division(code, congress, deputies, agencies);
	}

	/** Takes one suggestion as far as {@code stage} says (99: the whole way). */
	private void walk(Division place, int i, int stage) {
		LocalDate today = this.calendar.today();
		SuggestionDeadlines deadlines = new SuggestionDeadlines(this.calendar.workingDays());
		long lead = place.deputies().get(i % place.deputies().size());
		long coSigner = place.deputies().get((i + 1) % place.deputies().size());
		boolean cosigned = i % 4 == 0;
		String topic = TOPICS.get(i % TOPICS.size());
		SuggestionActor office = SuggestionActor.office("office-" + place.code());
		SuggestionContent content = new SuggestionContent("关于加快" + topic + "的建议",
				"群众反映" + topic + "进展较慢，建议列入年度重点工作，明确责任单位和完成时限。",
				SuggestionCategory.values()[i % SuggestionCategory.values().length], 1,
				(i % 3 == 0) ? Period.SESSION : Period.RECESS);
		Suggestion s = Suggestion.file(
				new NewSuggestion(place.congressId(), place.code(), lead, content, null, null, null),
				cosigned ? Set.of(coSigner) : Set.of(), SuggestionActor.deputy("deputy", lead), deadlines, today);
		if (cosigned) {
			s.coSign(SuggestionActor.deputy("deputy", coSigner), today);
		}
		if (stage < 1) {
			this.suggestions.save(s);
			return;
		}
		s.register(office, this.numbering.next(place.congressId(), 1), today);
		if (i % 7 == 0) {
			s.markKey(office, "常委会副主任");
		}
		long agencyId = place.agencies().get(i % place.agencies().size());
		SuggestionActor agency = SuggestionActor.agency("agency-" + place.code(), agencyId);
		if (stage >= 2) {
			s.assign(office, agencyId, Set.of(place.agencies().get((i + 1) % place.agencies().size())), today);
		}
		if (stage >= 3) {
			s.sign(agency, today);
			s.recordContact(agency, ContactMode.values()[i % 3], "与领衔代表沟通办理方案", today);
		}
		boolean promising = i % 10 == 0;
		if (stage >= 4) {
			s.reply(agency,
					promising
							? new Reply(ResultClass.B, "已列入年度计划，分步实施。", "局长", true,
									List.of(new ReplyItem("完成" + topic + "一期工程", today.plusMonths(4))))
							: new Reply(ResultClass.A, "已按建议落实，问题基本解决。", "局长", true, List.of()),
					today);
		}
		if (stage >= 5) {
			s.acceptReply(office, today);
		}
		Suggestion saved = this.suggestions.save(s);
		List<PromisedItem> items = new java.util.ArrayList<>();
		if (stage >= 5) {
			for (ReplyItem item : saved.replyItems()) {
				items.add(this.promises.save(PromisedItem.promised(saved, item)));
			}
		}
		s = saved;
		if (stage >= 6) {
			Satisfaction result = (i % 5 == 0) ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
			s.rate(SuggestionActor.deputy("deputy", lead), Satisfaction.SATISFIED, result, today);
			if (cosigned) {
				s.rate(SuggestionActor.deputy("deputy", coSigner), Satisfaction.SATISFIED, Satisfaction.SATISFIED,
						today);
			}
		}
		// the first three promising ones wait on their promised item: rated, not closed
		boolean waiting = promising && i < 30 && stage == 99;
		if (stage >= 7 && !waiting) {
			for (PromisedItem item : items) {
				s.promiseStep(SuggestionAction.PROMISE_REPORT, agency, item.id(),
						item.report(agency, true, "已按期完成", null, today));
				s.promiseStep(SuggestionAction.PROMISE_CONFIRM, SuggestionActor.deputy("deputy", lead), item.id(),
						item.confirm(true, today));
				this.promises.save(item);
			}
			s.close(office, null, 0, today);
		}
		this.suggestions.save(s);
	}

}
