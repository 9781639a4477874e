package org.lianxin.suggestion.internal;

/**
 * The counts a congress office reports, each with the one SQL condition (on
 * {@code suggestion s}) that defines it: the figures and the lists behind them use the
 * same definition. A suggestion belongs to a period by the day it was filed; the verdict
 * counted is the lead deputy's on the latest handling round.
 */
public enum SuggestionFigure {

	/** 收到: filed (drafts not yet filed do not count). */
	RECEIVED("s.status <> 'DRAFT'"),
	/** 立案: registered under a number, and not merged away since. */
	REGISTERED("s.serial_number is not null and s.status <> 'MERGED'"),
	/** 交办: assigned to an agency at least once. */
	ASSIGNED("exists (select 1 from suggestion_history h where h.suggestion_id = s.id and h.action = 'ASSIGN')"),
	/** 答复: the office accepted a reply at least once (办复审查通过). */
	REPLIED("exists (select 1 from suggestion_history h where h.suggestion_id = s.id and h.action = 'REVIEW')"),
	/** 办结. */
	CLOSED("s.status = 'CLOSED'"),
	/** A 类: solved or basically solved (the current reply). */
	RESULT_A("s.result_class = 'A'"),
	/** B 类: being solved, in plan. */
	RESULT_B("s.result_class = 'B'"),
	/** C 类: awaits conditions, explained. */
	RESULT_C("s.result_class = 'C'"),
	/** D 类: kept for reference. */
	RESULT_D("s.result_class = 'D'"),
	/** 解决: closed with result class A. */
	RESOLVED("s.status = 'CLOSED' and s.result_class = 'A'"),
	/** 按期办结: closed, and the reply came by its due date (after approved extensions). */
	CLOSED_ON_TIME("s.status = 'CLOSED' and s.replied_on_time"),
	/** 评价: the lead deputy rated the latest round. */
	RATED(Verdicts.LEAD + ")"),
	/** 满意: the lead deputy satisfied with both the handling and the result. */
	SATISFIED(Verdicts.LEAD + " and r.handling = 'SATISFIED' and r.result = 'SATISFIED')"),
	/** 满意 or 基本满意 on both, no 不满意. */
	CONTENT(Verdicts.LEAD + " and r.handling <> 'UNSATISFIED' and r.result <> 'UNSATISFIED')");

	private final String condition;

	SuggestionFigure(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on {@code suggestion s}; a constant, never input. */
	public String condition() {
		return this.condition;
	}

	private static final class Verdicts {

		static final String LEAD = "exists (select 1 from suggestion_rating r where r.suggestion_id = s.id"
				+ " and r.deputy_id = s.lead_deputy_id and r.handling_round = s.handling_round";

	}

}
